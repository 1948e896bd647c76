using TeamDrill.ContentFiles;
using TeamDrill.Shared.Content;

namespace TeamDrill.Tests.Content;

/// <summary>A throwaway content folder with the shipped rubric and phrasebook, for writing one bad file at a time.</summary>
internal sealed class TempContentFolder : IDisposable
{
    /// <summary>A minimal valid card; tests break one line of it. Line numbers matter to the assertions.</summary>
    public const string ValidCard = """
        id: sample-card
        title: A sample card
        family: delayed-order
        difficulty: 2
        criteria: [empathy, listening]
        persona:
          name: Sam Sample
          address_as: Mr Sample
          age: 40
          background: A tester who orders a lot.
          temperament: Calm until ignored.
        situation: Something you ordered is late.
        opening_line: "Where is my order?"
        hidden_facts:
          - fact: You ordered it at midnight.
            reveal_if: the agent asks when it was ordered
            tests: [listening]
        starting_anger: 3
        triggers:
          - when: the agent says "calm down"
            raise: 2
            tests: [empathy]
        soothers:
          - when: the agent uses your name
            lower: 1
        accepts:
          - A firm new delivery date.
        rejects:
          - Waiting with no date.
        demands_supervisor: Never.
        agent_brief:
          account_summary: New customer.
          facts:
            - Order 1 is three days late.

        """;

    public TempContentFolder(bool withRubric = true, bool withPhrasebook = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "teamdrill-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "cards"));
        if (withRubric)
        {
            File.Copy(System.IO.Path.Combine(RepoContent.Folder, "rubric.yaml"), RubricPath);
        }

        if (withPhrasebook)
        {
            File.Copy(System.IO.Path.Combine(RepoContent.Folder, "phrasebook.yaml"), PhrasebookPath);
        }
    }

    public string Path { get; }

    public string RubricPath => System.IO.Path.Combine(Path, "rubric.yaml");

    public string PhrasebookPath => System.IO.Path.Combine(Path, "phrasebook.yaml");

    public string CardPath(string name) => System.IO.Path.Combine(Path, "cards", name);

    public string WriteCard(string name, string text)
    {
        var path = CardPath(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes the valid card with one piece of text replaced; fails if the piece is not there, so a test cannot silently test nothing.</summary>
    public string WriteCardWith(string name, string find, string replace)
    {
        if (!ValidCard.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{find}' is not in the sample card", nameof(find));
        }

        return WriteCard(name, ValidCard.Replace(find, replace, StringComparison.Ordinal));
    }

    public void WriteRubric(string text) => File.WriteAllText(RubricPath, text);

    public void WritePhrasebook(string text) => File.WriteAllText(PhrasebookPath, text);

    public ContentLoadResult Load() => ContentLoader.LoadFolders([Path]);

    public IReadOnlyList<string> Problems() => Load().Problems.Select(p => p.ToString()).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

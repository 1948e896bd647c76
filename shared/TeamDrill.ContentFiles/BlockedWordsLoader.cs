using TeamDrill.Shared.Content;
using TeamDrill.Shared.Text;

namespace TeamDrill.ContentFiles;

/// <summary>Reads the name filter's word lists from disk: the shipped one, then a facilitator's own.</summary>
public static class BlockedWordsLoader
{
    public const string ShippedListPath = "moderation/blocked-words.txt";

    /// <summary>The shipped list beside the shipped content, or null when the content folder has none.</summary>
    public static string? FindShippedList(string start)
    {
        var content = ContentLoader.FindShippedContent(start);
        var path = content is null ? null : Path.Combine(content, ShippedListPath);
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Every word of every list; null, with each problem in <paramref name="problems"/>, when a list is missing or wrong.</summary>
    public static BlockedWords? Load(IEnumerable<string> files, List<ContentProblem> problems)
    {
        var words = new List<string>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                problems.Add(new ContentProblem(file, 1, 1, "this word list does not exist"));
                continue;
            }

            words.AddRange(BlockedWords.ParseList(file, File.ReadAllText(file), problems));
        }

        return problems.Count == 0 ? new BlockedWords(words) : null;
    }
}

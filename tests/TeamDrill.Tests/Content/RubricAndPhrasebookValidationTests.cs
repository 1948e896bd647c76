using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class RubricAndPhrasebookValidationTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public RubricAndPhrasebookValidationTests()
    {
        _folder.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);
    }

    public void Dispose() => _folder.Dispose();

    private static string Phrasebook(string entry) => "phrases:\n" + entry;

    [Fact]
    public void invalid_pattern_is_reported_with_the_reason_and_position()
    {
        _folder.WritePhrasebook(Phrasebook("""
              - id: broken
                kind: avoid
                pattern: (calm down
                why: It is broken.
                instead: Fix it.

            """));

        Assert.Equal(
            [$"{_folder.PhrasebookPath}:4:14: invalid pattern '(calm down': insufficient closing parentheses at position 10"],
            _folder.Problems());
    }

    [Fact]
    public void pattern_that_matches_nothing_in_particular_is_reported()
    {
        _folder.WritePhrasebook(Phrasebook("""
              - id: everything
                kind: empathy
                pattern: (sorry)?
                why: Matches an empty message.

            """));

        Assert.Equal(
            [$"{_folder.PhrasebookPath}:4:14: pattern '(sorry)?' matches an empty message, so it would fire on everything"],
            _folder.Problems());
    }

    [Fact]
    public void phrase_to_avoid_needs_a_better_alternative()
    {
        _folder.WritePhrasebook(Phrasebook("""
              - id: calm-down
                kind: avoid
                pattern: calm down
                why: It dismisses the feeling.

            """));

        Assert.Equal([$"{_folder.PhrasebookPath}:2:5: missing required field 'instead' in 'phrases'"], _folder.Problems());
    }

    [Fact]
    public void unknown_phrase_kind_is_reported_with_a_suggestion()
    {
        _folder.WritePhrasebook(Phrasebook("""
              - id: calm-down
                kind: avod
                pattern: calm down
                why: It dismisses the feeling.
                instead: Name the feeling.

            """));

        Assert.Equal(
            [$"{_folder.PhrasebookPath}:3:11: kind 'avod' is not one of avoid, empathy, ownership, boundary, escalation; did you mean 'avoid'?"],
            _folder.Problems());
    }

    [Fact]
    public void rubric_criterion_missing_an_anchor_is_reported()
    {
        var rubric = File.ReadAllText(_folder.RubricPath);
        var broken = rubric.Replace(
            "      3: Waits for the customer to finish and restates the main complaint, but misses a detail or a gap that mattered.\n",
            "",
            StringComparison.Ordinal);
        Assert.NotEqual(rubric, broken);
        _folder.WriteRubric(broken);

        Assert.Equal([$"{_folder.RubricPath}:9:7: missing anchor for score 3 in criterion 'listening'"], _folder.Problems());
    }

    [Fact]
    public void rubric_that_leaves_out_a_scored_criterion_is_reported()
    {
        _folder.WriteRubric("""
            criteria:
              - id: empathy
                name: Empathy
                definition: Names the feeling.
                anchors: {1: a, 2: b, 3: c, 4: d, 5: e}

            """);

        var problems = _folder.Problems();

        Assert.Contains($"{_folder.RubricPath}:1:1: the rubric does not define criterion 'listening', which the game scores", problems);
        Assert.Contains($"{_folder.RubricPath}:1:1: the rubric does not define criterion 'escalation', which the game scores", problems);
        Assert.Equal(9, problems.Count);
    }

    [Fact]
    public void missing_rubric_and_phrasebook_are_reported()
    {
        using var bare = new TempContentFolder(withRubric: false, withPhrasebook: false);
        bare.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);

        Assert.Equal(
            [
                $"{bare.Path}:1:1: no rubric.yaml in any content folder; one folder must have the rubric",
                $"{bare.Path}:1:1: no phrasebook.yaml in any content folder; one folder must have the phrasebook",
            ],
            bare.Problems());
    }
}

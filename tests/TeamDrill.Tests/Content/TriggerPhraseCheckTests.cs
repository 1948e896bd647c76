namespace TeamDrill.Tests.Content;

public sealed class TriggerPhraseCheckTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void a_trigger_quote_the_coach_never_warns_about_is_an_error_at_the_quote()
    {
        var card = _folder.WriteCardWith("sample-card.yaml", "says \"calm down\"", "says \"we'll see\"");

        Assert.Equal(
            [$"{card}:20:26: trigger quotes \"we'll see\", which the phrasebook does not warn about; add a pattern that catches it to phrasebook.yaml, or list it under 'needs_context' with why the words alone are not wrong"],
            _folder.Problems());
    }

    [Fact]
    public void a_quote_listed_as_needing_context_is_accepted()
    {
        _folder.WriteCardWith("sample-card.yaml", "says \"calm down\"", "keeps repeating \"I understand\"");

        Assert.Empty(_folder.Problems());
    }

    [Fact]
    public void the_word_before_a_quote_counts_when_the_card_speaks_to_the_customer()
    {
        _folder.WriteCardWith("sample-card.yaml", "the agent says \"calm down\"", "the agent tells you that you \"should have checked\"");

        Assert.Empty(_folder.Problems());
    }

    [Fact]
    public void every_shipped_trigger_quote_is_caught_or_explained()
    {
        Assert.DoesNotContain(RepoContent.Result.Problems, p => p.Message.StartsWith("trigger quotes", StringComparison.Ordinal));
        Assert.Empty(RepoContent.Result.Problems);
    }

    [Fact]
    public void a_needs_context_item_without_a_reason_is_reported()
    {
        _folder.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);
        _folder.WritePhrasebook("""
            phrases:
              - id: calm-down
                kind: avoid
                pattern: calm\s+down
                why: It dismisses the feeling.
                instead: Name the feeling.
            needs_context:
              - quote: I understand

            """);

        Assert.Equal([$"{_folder.PhrasebookPath}:8:5: missing required field 'why' in 'needs_context'"], _folder.Problems());
    }
}

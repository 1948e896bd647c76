using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

/// <summary>Nothing the agent sees may give a hidden fact away; only a fact's distinctive words count.</summary>
public sealed class HiddenFactLeakTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void a_brief_line_that_names_the_skipped_step_is_an_error_at_that_line()
    {
        var file = _folder.WriteCard("c.yaml", TempContentFolder.ValidCard
            .Replace("  - fact: You ordered it at midnight.", "  - fact: You skipped step 4, turning the cam locks.", StringComparison.Ordinal)
            .Replace("    - Order 1 is three days late.", "    - \"Step 4 of the guide: turn the cam locks.\"", StringComparison.Ordinal));

        Assert.Equal(
            [$"{file}:34:7: agent_brief.facts gives away hidden fact 1 (\"step 4\"); the agent must ask for it, so leave it out of what the agent sees"],
            _folder.Problems());
        Assert.False(_folder.Load().IsValid);
    }

    [Fact]
    public void an_account_summary_with_the_hidden_confirmation_code_is_an_error()
    {
        var file = _folder.WriteCard("c.yaml", TempContentFolder.ValidCard
            .Replace("  - fact: You ordered it at midnight.", "  - fact: Your confirmation number is CX-44120.", StringComparison.Ordinal)
            .Replace("  account_summary: New customer.", "  account_summary: New customer (confirmation CX-44120).", StringComparison.Ordinal));

        Assert.Equal(
            [$"{file}:32:20: agent_brief.account_summary gives away hidden fact 1 (\"cx-44120\"); the agent must ask for it, so leave it out of what the agent sees"],
            _folder.Problems());
    }

    [Fact]
    public void the_title_and_coach_hints_count_as_agent_visible()
    {
        var file = _folder.WriteCard("c.yaml", TempContentFolder.ValidCard
            .Replace("  - fact: You ordered it at midnight.", "  - fact: The drip tray was never emptied.", StringComparison.Ordinal)
            .Replace("title: A sample card", "title: The full drip tray", StringComparison.Ordinal)
            + "coach_hints:\n  - Ask about the drip tray.\n");

        Assert.Equal(
            [
                $"{file}:2:8: 'title' gives away hidden fact 1 (\"drip tray\"); the agent must ask for it, so leave it out of what the agent sees",
                $"{file}:36:5: coach_hints gives away hidden fact 1 (\"drip tray\"); the agent must ask for it, so leave it out of what the agent sees",
            ],
            _folder.Problems());
    }

    [Theory]
    [InlineData("You skipped step 4.", "Step 4: lock the cams.", "step 4")]
    [InlineData("You skipped step six.", "See step six of the guide.", "step six")]
    [InlineData("Your reference is CX-44120.", "Cancellation 44120 logged.", "cx-44120")]
    [InlineData("The parcel went to 142 Larch Road.", "Delivered to 142 Larch Road.", "142")]
    [InlineData("You never fitted the corner brackets.", "Corner bracket kit: 2 per wardrobe.", "corner brackets")]
    public void distinctive_words_are_found(string fact, string visible, string term) =>
        Assert.Equal(term, HiddenFactLeaks.FindLeak(fact, visible));

    [Theory]
    [InlineData("You would accept a full refund today.", "Agent tools: full refund within 30 days.")]
    [InlineData("You want the order delivered before Saturday.", "Order 90221 delivered 6 days ago.")]
    [InlineData("You used step 4 of a recipe once.", "Four steps in the guide.")]
    [InlineData("You are worried about the price.", "Price list attached; worried callers get a callback.")]
    public void ordinary_shared_words_are_not_a_leak(string fact, string visible) =>
        Assert.Null(HiddenFactLeaks.FindLeak(fact, visible));
}

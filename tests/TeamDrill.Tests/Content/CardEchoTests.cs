using TeamDrill.Grains.Content;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Tests.Content;

/// <summary>A card id the host typed comes back in the refusal only after cleaning.</summary>
public sealed class CardEchoTests
{
    [Fact]
    public void an_unknown_card_id_is_echoed_without_its_escape_sequences()
    {
        var catalog = new ContentCatalog(RepoContent.Set);

        var refusal = Assert.Throws<DrillRuleException>(() => catalog.Pick(" \u001b]8;;http://x\u0007nope\u202E ", [], new Random(1)));

        Assert.Equal("There is no card ']8;;http://xnope'; /cards lists them.", refusal.Message);
    }
}

using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui.Text;

/// <summary>A message's tags in a few words for the debrief's list of messages.</summary>
public static class TagSummary
{
    /// <summary>"empathy +2 −1, listening +1": each technique with its count of plus and minus tags.</summary>
    public static string For(IEnumerable<MessageTag> tags) =>
        string.Join(", ", tags
            .GroupBy(t => t.Technique, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var plus = g.Count(t => t.Polarity == TagPolarity.Plus);
                var minus = g.Count(t => t.Polarity == TagPolarity.Minus);
                return DisplayText.Clean(g.Key) + (plus > 0 ? $" +{plus}" : "") + (minus > 0 ? $" −{minus}" : "");
            }));
}

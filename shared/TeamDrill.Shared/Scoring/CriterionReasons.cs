using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>A reason for every number: which tagged messages drove each criterion (a tag's technique is a criterion id).</summary>
public static class CriterionReasons
{
    /// <summary>
    /// One entry per criterion that has tags, in the rubric's standard order (<see cref="RubricCriterionIds.All"/>,
    /// then any other technique alphabetically). Within a criterion, evidence is by message number, + before −.
    /// </summary>
    public static IReadOnlyList<CriterionEvidence> Collect(IReadOnlyList<MessageTag> tags, IReadOnlyList<TranscriptMessage> transcript)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(transcript);
        var texts = new Dictionary<int, string>();
        foreach (var message in transcript)
        {
            texts.TryAdd(message.Number, message.Text);
        }

        return tags
            .GroupBy(t => t.Technique, StringComparer.Ordinal)
            .OrderBy(g => StandardOrder(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CriterionEvidence(
                g.Key,
                g.Count(t => t.Polarity == TagPolarity.Plus),
                g.Count(t => t.Polarity == TagPolarity.Minus),
                g.GroupBy(t => (t.MessageNumber, t.Polarity))
                    .OrderBy(e => e.Key.MessageNumber)
                    .ThenBy(e => e.Key.Polarity)
                    .Select(e => new TagEvidence(
                        e.Key.MessageNumber,
                        texts.GetValueOrDefault(e.Key.MessageNumber, ""),
                        e.Key.Polarity,
                        e.OrderBy(t => t.At).Select(t => t.ScorerName).ToList()))
                    .ToList()))
            .ToList();
    }

    private static int StandardOrder(string criterionId)
    {
        var index = RubricCriterionIds.All.ToList().IndexOf(criterionId);
        return index < 0 ? int.MaxValue : index;
    }
}

using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// One agent message tagged for a criterion with one polarity, and who tagged it. Text is empty when
/// the message is not in the transcript given.
/// </summary>
public sealed record TagEvidence(int MessageNumber, string Text, TagPolarity Polarity, IReadOnlyList<string> ScorerNames)
{
    public int Count => ScorerNames.Count;
}

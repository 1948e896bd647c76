using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>Matches every agent message against the phrasebook; the hints go to the debrief (and, in practice drills, to the agent live).</summary>
public static class CoachHints
{
    /// <summary>
    /// Hints for the agent's messages, in message order and then position in the message. Messages
    /// by anyone else are ignored; a message stamped before the start counts as 00:00.
    /// </summary>
    public static IReadOnlyList<CoachHintFinding> Collect(IReadOnlyList<TranscriptMessage> transcript, DateTimeOffset startedAt, Phrasebook phrasebook)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(phrasebook);
        var hints = new List<CoachHintFinding>();
        foreach (var message in transcript.Where(m => m.Role == DrillRole.Agent).OrderBy(m => m.Number))
        {
            var offset = message.At - startedAt;
            if (offset < TimeSpan.Zero)
            {
                offset = TimeSpan.Zero;
            }

            foreach (var hit in phrasebook.Match(message.Text))
            {
                hints.Add(new CoachHintFinding(message.Number, offset, hit.Text, hit.Kind, hit.Why, hit.Instead));
            }
        }

        return hints;
    }

    /// <summary>Only the phrases to avoid: what the agent should have said differently.</summary>
    public static IReadOnlyList<CoachHintFinding> Warnings(IReadOnlyList<CoachHintFinding> hints) =>
        hints.Where(h => h.Kind == PhraseKind.Avoid).ToList();
}

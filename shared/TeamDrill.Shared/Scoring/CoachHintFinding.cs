using System.Globalization;
using TeamDrill.Shared.Content;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// A phrasebook match in an agent message, kept for the debrief: where (message number, time since the
/// call started), what was said, why it matters and, for a phrase to avoid, what to say instead.
/// </summary>
public sealed record CoachHintFinding(int MessageNumber, TimeSpan Offset, string Phrase, PhraseKind Kind, string Why, string? Instead)
{
    /// <summary>The offset as mm:ss; minutes keep counting past 59 ("75:03").</summary>
    public string OffsetText => string.Create(CultureInfo.InvariantCulture, $"{(int)Offset.TotalMinutes:00}:{Offset.Seconds:00}");

    /// <summary>"said 'calm down' at 02:14; try "…"" for a phrase to avoid; "said 'I understand' at 01:02: why" otherwise.</summary>
    public override string ToString() =>
        Kind == PhraseKind.Avoid && Instead is not null
            ? $"said '{Phrase}' at {OffsetText}; try \"{Instead}\""
            : $"said '{Phrase}' at {OffsetText}: {Why}";
}

using System.Text.RegularExpressions;

namespace TeamDrill.Shared.Content;

/// <summary>Phrases to avoid and statements to reach for, matched against what an agent writes.</summary>
public sealed class Phrasebook
{
    public Phrasebook(IReadOnlyList<PhraseEntry> entries, IReadOnlyList<PhraseNeedsContext>? needsContext = null)
    {
        Entries = entries;
        NeedsContext = needsContext ?? [];
    }

    public IReadOnlyList<PhraseEntry> Entries { get; }

    /// <summary>Words card triggers quote that are wrong only in a context the words alone do not show (said too often, unexplained).</summary>
    public IReadOnlyList<PhraseNeedsContext> NeedsContext { get; }

    public IEnumerable<PhraseEntry> OfKind(PhraseKind kind) => Entries.Where(e => e.Kind == kind);

    /// <summary>
    /// The phrases the agent said in their own voice, in the order they occur. Words inside a
    /// quotation, reported as someone else's, or negated by the agent ("I won't tell you to calm
    /// down") do not count; where a warning and a praise cover the same words, only the warning stays.
    /// </summary>
    public IReadOnlyList<PhraseHit> Match(string agentMessage)
    {
        var hits = new List<PhraseHit>();
        if (string.IsNullOrEmpty(agentMessage))
        {
            return hits;
        }

        foreach (var entry in Entries)
        {
            try
            {
                // The enumerator allocates nothing for the many entries that do not occur.
                foreach (var match in entry.Regex.EnumerateMatches(agentMessage))
                {
                    if (!PhraseContext.IsQuoted(agentMessage, match.Index, match.Length)
                        && (entry.Kind != PhraseKind.Avoid || !PhraseContext.IsNegated(agentMessage, match.Index)))
                    {
                        hits.Add(new PhraseHit(entry, match.Index, match.Length, agentMessage.Substring(match.Index, match.Length)));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern must not stall a live drill; the entry simply does not fire.
            }
        }

        var warnings = hits.Where(h => h.Kind == PhraseKind.Avoid).ToList();
        if (warnings.Count > 0)
        {
            hits.RemoveAll(h => h.Kind != PhraseKind.Avoid && warnings.Any(w => Overlaps(w, h)));
        }

        return hits.Count < 2 ? hits : hits.OrderBy(h => h.Index).ThenBy(h => h.Entry.Kind).ToList();
    }

    /// <summary>True when the phrasebook warns about the line, as the coach would during a drill.</summary>
    public bool Warns(string agentMessage) => Match(agentMessage).Any(h => h.Kind == PhraseKind.Avoid);

    private static bool Overlaps(PhraseHit a, PhraseHit b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;
}

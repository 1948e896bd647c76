using System.Text.RegularExpressions;

namespace TeamDrill.Shared.Content;

/// <summary>Phrases to avoid and statements to reach for, matched against what an agent writes.</summary>
public sealed class Phrasebook
{
    public Phrasebook(IReadOnlyList<PhraseEntry> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<PhraseEntry> Entries { get; }

    public IEnumerable<PhraseEntry> OfKind(PhraseKind kind) => Entries.Where(e => e.Kind == kind);

    /// <summary>Every entry that occurs in the message, in the order they occur.</summary>
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
                foreach (Match match in entry.Regex.Matches(agentMessage))
                {
                    hits.Add(new PhraseHit(entry, match.Index, match.Length, match.Value));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern must not stall a live drill; the entry simply does not fire.
            }
        }

        return hits.OrderBy(h => h.Index).ThenBy(h => h.Entry.Kind).ToList();
    }
}

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
                // The enumerator allocates nothing for the many entries that do not occur.
                foreach (var match in entry.Regex.EnumerateMatches(agentMessage))
                {
                    hits.Add(new PhraseHit(entry, match.Index, match.Length, agentMessage.Substring(match.Index, match.Length)));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern must not stall a live drill; the entry simply does not fire.
            }
        }

        return hits.Count < 2 ? hits : hits.OrderBy(h => h.Index).ThenBy(h => h.Entry.Kind).ToList();
    }
}

using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Failover;

/// <summary>
/// Compares what the senders were told with what the room kept and what every player saw, and lists
/// each difference in words. An empty list is the only passing answer.
/// </summary>
public static class DeliveryAudit
{
    /// <summary>
    /// The room's transcript against the senders: every acknowledged text exactly once and in the order
    /// its sender was answered; every unacknowledged text at most once; nothing nobody sent; numbers 1..n.
    /// <paramref name="alsoAcknowledged"/> and <paramref name="alsoUnacknowledged"/>: texts sent outside the senders.
    /// </summary>
    public static List<string> TranscriptProblems(
        IReadOnlyList<TranscriptMessage> transcript,
        IEnumerable<ChatSender> senders,
        IEnumerable<string>? alsoAcknowledged = null,
        IEnumerable<string>? alsoUnacknowledged = null)
    {
        var problems = new List<string>();
        var counts = transcript.GroupBy(m => m.Text).ToDictionary(g => g.Key, g => g.Count());
        var known = new HashSet<string>();
        foreach (var text in alsoAcknowledged ?? [])
        {
            known.Add(text);
            if (counts.GetValueOrDefault(text) != 1)
            {
                problems.Add($"'{text}' was acknowledged and is in the transcript {counts.GetValueOrDefault(text)} times.");
            }
        }

        foreach (var text in alsoUnacknowledged ?? [])
        {
            known.Add(text);
            if (counts.GetValueOrDefault(text) > 1)
            {
                problems.Add($"'{text}' failed and is in the transcript {counts[text]} times.");
            }
        }

        foreach (var sender in senders)
        {
            var acknowledged = sender.Acknowledged;
            foreach (var sent in acknowledged)
            {
                known.Add(sent.Text);
                if (counts.GetValueOrDefault(sent.Text) != 1)
                {
                    problems.Add($"'{sent.Text}' was acknowledged (at {sent.AnsweredAt:HH:mm:ss.fff}) and is in the transcript {counts.GetValueOrDefault(sent.Text)} times.");
                }
            }

            foreach (var sent in sender.Unacknowledged)
            {
                known.Add(sent.Text);
                if (counts.GetValueOrDefault(sent.Text) > 1)
                {
                    problems.Add($"'{sent.Text}' failed ({sent.Error}) and is in the transcript {counts[sent.Text]} times.");
                }
            }

            var ackedOrder = acknowledged.Select(m => m.Text).ToList();
            var ackedSet = ackedOrder.ToHashSet();
            var keptOrder = transcript.Select(m => m.Text).Where(ackedSet.Contains).Distinct().ToList();
            if (!ackedOrder.SequenceEqual(keptOrder))
            {
                var firstDifference = ackedOrder.Zip(keptOrder).TakeWhile(p => p.First == p.Second).Count();
                problems.Add($"{sender.Prefix}'s acknowledged messages are out of order in the transcript from #{firstDifference}: " +
                    $"acknowledged {string.Join(", ", ackedOrder.Skip(firstDifference).Take(5))}; kept {string.Join(", ", keptOrder.Skip(firstDifference).Take(5))}.");
            }
        }

        foreach (var message in transcript.Where(m => !known.Contains(m.Text)))
        {
            problems.Add($"Message {message.Number} '{message.Text}' is in the transcript but nobody sent it.");
        }

        var numbers = transcript.Select(m => m.Number).ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
        {
            problems.Add($"The transcript's message numbers are not 1..{numbers.Count}: {string.Join(", ", numbers)}.");
        }

        return problems;
    }

    /// <summary>Acknowledged texts of <paramref name="senders"/> missing from, and repeated in, the transcript.</summary>
    public static (int Acknowledged, int Missing, int Duplicated) Count(IReadOnlyList<TranscriptMessage> transcript, IEnumerable<ChatSender> senders)
    {
        var counts = transcript.GroupBy(m => m.Text).ToDictionary(g => g.Key, g => g.Count());
        var acknowledged = senders.SelectMany(s => s.Acknowledged).Select(m => counts.GetValueOrDefault(m.Text)).ToList();
        return (acknowledged.Count, acknowledged.Count(n => n == 0), acknowledged.Count(n => n > 1));
    }

    /// <summary>What each player saw of the room against the room's transcript, plus whatever the player noticed on the way.</summary>
    public static List<string> ViewProblems(string code, IReadOnlyList<TranscriptMessage> transcript, IEnumerable<FailoverPlayer> players)
    {
        var problems = new List<string>();
        var expected = transcript.Select(m => (m.Number, m.Text)).ToList();
        foreach (var player in players)
        {
            problems.AddRange(player.ProblemsIn(code));
            var seen = player.TranscriptOf(code).Select(m => (m.Number, m.Text)).ToList();
            if (!seen.SequenceEqual(expected))
            {
                var missing = expected.Except(seen).Select(m => $"{m.Number} '{m.Text}'").ToList();
                var extra = seen.Except(expected).Select(m => $"{m.Number} '{m.Text}'").ToList();
                problems.Add($"{player.Name} sees {seen.Count} messages, the room has {expected.Count}; " +
                    $"never saw: [{string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}]; " +
                    $"saw but not in the room: [{string.Join(", ", extra.Take(10))}].");
            }
        }

        return problems;
    }
}

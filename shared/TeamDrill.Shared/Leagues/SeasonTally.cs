namespace TeamDrill.Shared.Leagues;

/// <summary>
/// What a season's rounds so far add up to: each member's role counts, how often two members were
/// agent and customer of the same drill (either way round), and how often they shared a room.
/// A member attends a round when placed in one of its drills.
/// </summary>
public sealed class SeasonTally
{
    private readonly Dictionary<string, RoleCount> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> pairs = [];
    private readonly Dictionary<(string, string), int> roommates = [];
    private readonly Dictionary<string, string> attendance = new(StringComparer.Ordinal);

    private SeasonTally()
    {
    }

    public static SeasonTally From(IEnumerable<RoundPlan> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var tally = new SeasonTally();
        var number = 0;
        foreach (var round in rounds)
        {
            number++;
            foreach (var drill in round.Drills)
            {
                tally.Add(drill);
                foreach (var member in drill.Members)
                {
                    tally.attendance[member] = $"{tally.AttendanceOf(member)}{number};";
                }
            }
        }

        return tally;
    }

    public RoleCount Of(string memberId) => counts.GetValueOrDefault(memberId, RoleCount.None);

    /// <summary>Which rounds the member was placed in, as text: two members have the same text when they attended the same rounds.</summary>
    public string AttendanceOf(string memberId) => attendance.GetValueOrDefault(memberId, "");

    /// <summary>Drills in which these two were agent and customer, in either order.</summary>
    public int TimesPaired(string one, string other) => pairs.GetValueOrDefault(Key(one, other));

    /// <summary>Drills in which these two were in the same room, in any roles.</summary>
    public int TimesRoommates(string one, string other) => roommates.GetValueOrDefault(Key(one, other));

    private void Add(ScheduledDrill drill)
    {
        Bump(drill.AgentId, c => c with { Attended = c.Attended + 1, Agent = c.Agent + 1 });
        Bump(drill.CustomerId, c => c with { Attended = c.Attended + 1, Customer = c.Customer + 1 });
        foreach (var scorer in drill.ScorerIds)
        {
            Bump(scorer, c => c with { Attended = c.Attended + 1, Scorer = c.Scorer + 1 });
        }

        var pair = Key(drill.AgentId, drill.CustomerId);
        pairs[pair] = pairs.GetValueOrDefault(pair) + 1;

        var members = drill.Members.ToList();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var key = Key(members[i], members[j]);
                roommates[key] = roommates.GetValueOrDefault(key) + 1;
            }
        }
    }

    private void Bump(string memberId, Func<RoleCount, RoleCount> change) => counts[memberId] = change(Of(memberId));

    private static (string, string) Key(string one, string other) =>
        string.CompareOrdinal(one, other) <= 0 ? (one, other) : (other, one);
}

using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// Fair random roles: the customer is whoever has played the customer least often here, the agent
/// whoever has been the agent least often (ties broken at random), and everyone else scores.
/// </summary>
public static class RoleAssigner
{
    public static IReadOnlyDictionary<string, DrillRole> Assign(IReadOnlyList<RoomMember> members, Random random)
    {
        if (members.Count < 3)
        {
            throw new DrillRuleException($"A drill needs at least 3 members (a customer, an agent and a scorer); this room has {members.Count}.");
        }

        var shuffled = members.OrderBy(_ => random.Next()).ToList();
        var customer = shuffled.OrderBy(m => m.TimesCustomer).ThenBy(m => m.TimesAgent).First();
        var agent = shuffled.Where(m => m != customer).OrderBy(m => m.TimesAgent).ThenBy(m => m.TimesCustomer).First();

        return members.ToDictionary(
            m => m.PlayerId,
            m => m == customer ? DrillRole.Customer : m == agent ? DrillRole.Agent : DrillRole.Scorer);
    }
}

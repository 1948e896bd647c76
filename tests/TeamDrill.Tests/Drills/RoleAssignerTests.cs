using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Drills;

/// <summary>Fair random roles: whoever has played a part least gets it next.</summary>
public sealed class RoleAssignerTests
{
    /// <summary>3 to 12 members, each with a history of 0..5 turns as customer and as agent, and a seed.</summary>
    private static readonly Arbitrary<(int[] TimesCustomer, int[] TimesAgent, int Seed)> Histories =
        (from size in Gen.Choose(3, 12)
         from timesCustomer in Gen.Choose(0, 5).ArrayOf(size)
         from timesAgent in Gen.Choose(0, 5).ArrayOf(size)
         from seed in Gen.Choose(0, int.MaxValue)
         select (timesCustomer, timesAgent, seed)).ToArbitrary();

    private static readonly Arbitrary<(int Size, int Seed)> NewRooms =
        (from size in Gen.Choose(3, 12)
         from seed in Gen.Choose(0, int.MaxValue)
         select (size, seed)).ToArbitrary();

    private static List<RoomMember> Members(int[] timesCustomer, int[] timesAgent) =>
        timesCustomer.Select((c, i) => new RoomMember
        {
            PlayerId = $"p{i}", Name = $"Player {i}", TimesCustomer = c, TimesAgent = timesAgent[i],
        }).ToList();

    [Property(MaxTest = 300)]
    public Property the_customer_played_the_customer_least_and_the_agent_the_agent_least_among_the_rest() =>
        Prop.ForAll(Histories, history =>
        {
            var members = Members(history.TimesCustomer, history.TimesAgent);

            var roles = RoleAssigner.Assign(members, new Random(history.Seed));

            Assert.Equal(members.Select(m => m.PlayerId).Order(), roles.Keys.Order());
            var customer = members.Single(m => roles[m.PlayerId] == DrillRole.Customer);
            var agent = members.Single(m => roles[m.PlayerId] == DrillRole.Agent);
            Assert.NotEqual(customer.PlayerId, agent.PlayerId);
            Assert.Equal(members.Min(m => m.TimesCustomer), customer.TimesCustomer);
            Assert.Equal(members.Where(m => m != customer).Min(m => m.TimesAgent), agent.TimesAgent);
            Assert.All(members.Where(m => m != customer && m != agent), m => Assert.Equal(DrillRole.Scorer, roles[m.PlayerId]));
        });

    [Property(MaxTest = 100)]
    public Property over_repeated_drills_everyone_is_the_customer_once_before_anyone_is_twice() =>
        Prop.ForAll(NewRooms, room =>
        {
            var members = Members(new int[room.Size], new int[room.Size]);
            var random = new Random(room.Seed);
            var customers = new List<string>();

            for (var drill = 0; drill < room.Size * 3; drill++)
            {
                var roles = RoleAssigner.Assign(members, random);
                var customer = members.Single(m => roles[m.PlayerId] == DrillRole.Customer);
                members.Single(m => roles[m.PlayerId] == DrillRole.Agent).TimesAgent++;
                customer.TimesCustomer++;
                customers.Add(customer.PlayerId);
            }

            // Every run of Size drills (one round) has each member as customer exactly once.
            foreach (var round in customers.Chunk(room.Size))
            {
                Assert.Equal(members.Select(m => m.PlayerId).Order(), round.Order());
            }
        });

    [Property(MaxTest = 100)]
    public Property over_repeated_drills_everyone_is_the_agent_once_before_anyone_is_twice() =>
        Prop.ForAll(NewRooms, room =>
        {
            var members = Members(new int[room.Size], new int[room.Size]);
            var random = new Random(room.Seed);
            var agents = new List<string>();

            for (var drill = 0; drill < room.Size * 3; drill++)
            {
                var roles = RoleAssigner.Assign(members, random);
                var agent = members.Single(m => roles[m.PlayerId] == DrillRole.Agent);
                members.Single(m => roles[m.PlayerId] == DrillRole.Customer).TimesCustomer++;
                agent.TimesAgent++;
                agents.Add(agent.PlayerId);
            }

            foreach (var round in agents.Chunk(room.Size))
            {
                Assert.Equal(members.Select(m => m.PlayerId).Order(), round.Order());
            }
        });

    [Fact]
    public void auto_assignment_in_a_room_rotates_the_customer_through_every_member()
    {
        var room = Room.Create(DrillTable.Code, "p0", "Player0", DrillTable.T0);
        for (var i = 1; i < 5; i++)
        {
            room.Join($"p{i}", $"Player{i}", DrillTable.T0, DrillTable.MaxMembers);
        }

        var random = new Random(7);
        var customers = new List<string>();
        var at = DrillTable.StartedAt;
        for (var drill = 0; drill < 5; drill++)
        {
            room.AutoAssign("p0", random, at);
            room.StartDrill("p0", _ => DrillTable.Card(), DrillTable.CallLimit, at);
            var current = room.State.Current!;
            customers.Add(current.CustomerId);
            room.EndCall(current.CustomerId, CallOutcome.Resolved, at);
            room.CloseScoring("p0", at);
            at = at.AddHours(1);
        }

        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], customers.Order());
        Assert.All(room.State.Members, m => Assert.Equal((1, 1), (m.TimesCustomer, m.TimesAgent)));
    }

    [Fact]
    public void fewer_than_three_members_cannot_be_assigned()
    {
        var refusal = Assert.Throws<DrillRuleException>(() => RoleAssigner.Assign(Members([0, 0], [0, 0]), new Random(1)));

        Assert.Equal("A drill needs at least 3 members (a customer, an agent and a scorer); this room has 2.", refusal.Message);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamDrill.Shared.Leagues;

namespace TeamDrill.Tests.Leagues;

/// <summary>
/// The scheduler's fairness guarantees over whole seasons of 2 × N rounds, for 3..30 members and
/// room sizes 3..6, with and without absences.
/// </summary>
public sealed class SeasonSchedulerFairnessTests
{
    private static readonly Arbitrary<(int Members, int RoomSize, int Seed)> FullSeasons =
        (from members in Gen.Choose(3, 30)
         from roomSize in Gen.Choose(3, 6)
         from seed in Gen.Choose(0, int.MaxValue)
         select (members, roomSize, seed)).ToArbitrary();

    /// <summary>Each member misses each round with a chance of 0 to 40% (the same for the whole season).</summary>
    private static readonly Arbitrary<(int Members, int RoomSize, int Seed, bool[][] Absent)> SeasonsWithAbsences =
        (from members in Gen.Choose(3, 30)
         from roomSize in Gen.Choose(3, 6)
         from seed in Gen.Choose(0, int.MaxValue)
         from absencePercent in Gen.Choose(0, 40)
         from absent in Gen.Choose(0, 99).Select(p => p < absencePercent).ArrayOf(members).ArrayOf(2 * members)
         select (members, roomSize, seed, absent)).ToArbitrary();

    private static (List<string> Members, List<IReadOnlyCollection<string>> Attendance, List<RoundPlan> Rounds) Play(
        (int Members, int RoomSize, int Seed, bool[][] Absent) season)
    {
        var members = SeasonSimulation.Members(season.Members);
        var attendance = season.Absent
            .Select(round => (IReadOnlyCollection<string>)members.Where((_, i) => !round[i]).ToList())
            .ToList();
        return (members, attendance, SeasonSimulation.Run(members, attendance, season.RoomSize, season.Seed));
    }

    private static int Spread(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Max() - list.Min();
    }

    [Property(MaxTest = 60)]
    public Property when_everyone_attends_agent_and_customer_turns_stay_within_one_after_every_round() =>
        Prop.ForAll(FullSeasons, season =>
        {
            var members = SeasonSimulation.Members(season.Members);
            var rounds = SeasonSimulation.RunEveryoneAttends(season.Members, 2 * season.Members, season.RoomSize, season.Seed);

            for (var played = 1; played <= rounds.Count; played++)
            {
                var tally = SeasonTally.From(rounds.Take(played));
                Assert.True(Spread(members.Select(m => tally.Of(m).Agent)) <= 1, $"agent turns after round {played}");
                Assert.True(Spread(members.Select(m => tally.Of(m).Customer)) <= 1, $"customer turns after round {played}");
                Assert.True(Spread(members.Select(m => tally.Of(m).Scorer)) <= 2, $"scorer turns after round {played}");
            }
        });

    [Property(MaxTest = 60)]
    public Property every_present_member_is_in_exactly_one_room_and_every_room_has_an_agent_a_customer_and_a_scorer() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (_, attendance, rounds) = Play(season);

            for (var r = 0; r < rounds.Count; r++)
            {
                var plan = rounds[r];
                var present = attendance[r];
                if (present.Count < 3)
                {
                    Assert.Empty(plan.Drills);
                    Assert.Equal(present.Order(), plan.Waiting.Order());
                    continue;
                }

                Assert.Empty(plan.Waiting);
                Assert.Equal(present.Order(), plan.Placed.Order());
                Assert.Equal(RoomSizing.Sizes(present.Count, season.RoomSize), plan.Drills.Select(d => d.Members.Count()));
                Assert.All(plan.Drills, d => Assert.NotEmpty(d.ScorerIds));
                Assert.Equal(Enumerable.Range(1, plan.Drills.Count), plan.Drills.Select(d => d.Room));
            }
        });

    [Property(MaxTest = 60)]
    public Property the_agents_are_always_the_present_members_with_the_fewest_agent_turns() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (_, _, rounds) = Play(season);

            for (var r = 0; r < rounds.Count; r++)
            {
                var before = SeasonTally.From(rounds.Take(r));
                var agents = rounds[r].Drills.Select(d => d.AgentId).ToHashSet();
                var others = rounds[r].Placed.Where(m => !agents.Contains(m)).ToList();
                if (agents.Count > 0 && others.Count > 0)
                {
                    Assert.True(agents.Max(m => before.Of(m).Agent) <= others.Min(m => before.Of(m).Agent), $"round {r + 1}");
                }
            }
        });

    [Property(MaxTest = 60)]
    public Property the_customers_are_the_members_with_the_fewest_customer_turns_among_those_not_playing_agent() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (_, _, rounds) = Play(season);

            for (var r = 0; r < rounds.Count; r++)
            {
                var before = SeasonTally.From(rounds.Take(r));
                var customers = rounds[r].Drills.Select(d => d.CustomerId).ToHashSet();
                var scorers = rounds[r].Drills.SelectMany(d => d.ScorerIds).ToList();
                if (customers.Count > 0)
                {
                    Assert.True(customers.Max(m => before.Of(m).Customer) <= scorers.Min(m => before.Of(m).Customer), $"round {r + 1}");
                }
            }
        });

    /// <summary>
    /// Agents within one follows from agents being lowest-first. Customers within two is measured, not
    /// proved: a member short of both roles plays agent first, so another member with the same
    /// attendance can be two customer turns ahead for a while; two is the worst seen.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property members_who_attended_the_same_rounds_differ_by_at_most_one_agent_turn_and_two_customer_turns() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (members, _, rounds) = Play(season);

            for (var played = 1; played <= rounds.Count; played++)
            {
                var sofar = rounds.Take(played).ToList();
                var tally = SeasonTally.From(sofar);
                var sameAttendance = members.GroupBy(m => string.Concat(sofar.Select(round => round.Placed.Contains(m) ? '1' : '0')));
                foreach (var group in sameAttendance)
                {
                    Assert.True(Spread(group.Select(m => tally.Of(m).Agent)) <= 1, $"agent turns after round {played}");
                    Assert.True(Spread(group.Select(m => tally.Of(m).Customer)) <= 2, $"customer turns after round {played}");
                }
            }
        });

    [Property(MaxTest = 40)]
    public Property agents_and_customers_are_paired_with_the_fewest_repeated_pairs_possible() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (_, _, rounds) = Play(season);

            for (var r = 0; r < rounds.Count; r++)
            {
                var drills = rounds[r].Drills;
                if (drills.Count is 0 or > 6)
                {
                    continue;
                }

                var before = SeasonTally.From(rounds.Take(r));
                int Repeats(IEnumerable<(string Agent, string Customer)> pairs) => pairs.Count(p => before.TimesPaired(p.Agent, p.Customer) > 0);
                var agents = drills.Select(d => d.AgentId).ToList();
                var customers = drills.Select(d => d.CustomerId).ToList();
                var best = Permutations(customers).Min(order => Repeats(agents.Zip(order)));

                Assert.Equal(best, Repeats(agents.Zip(customers)));
            }
        });

    [Property(MaxTest = 60)]
    public Property when_everyone_attends_no_pair_meets_as_agent_and_customer_more_than_one_above_its_even_share() =>
        Prop.ForAll(FullSeasons, season =>
        {
            var members = SeasonSimulation.Members(season.Members);
            var rounds = SeasonSimulation.RunEveryoneAttends(season.Members, 2 * season.Members, season.RoomSize, season.Seed);
            var tally = SeasonTally.From(rounds);
            var possiblePairs = season.Members * (season.Members - 1) / 2;
            var drills = rounds.Sum(r => r.Drills.Count);
            var evenShare = (drills + possiblePairs - 1) / possiblePairs;

            var most = members.SelectMany((m, i) => members.Skip(i + 1).Select(o => tally.TimesPaired(m, o))).Max();

            Assert.True(most <= evenShare + 1, $"a pair met {most} times; even share {evenShare}");
        });

    [Property(MaxTest = 30)]
    public Property the_same_inputs_and_seed_give_the_same_round() =>
        Prop.ForAll(SeasonsWithAbsences, season =>
        {
            var (_, _, first) = Play(season);
            var (_, _, second) = Play(season);

            Assert.Equal(Describe(first), Describe(second));
        });

    private static string Describe(IEnumerable<RoundPlan> rounds) =>
        string.Join("\n", rounds.Select(r => string.Join(" | ", r.Drills.Select(d => $"{d.AgentId}>{d.CustomerId}:{string.Join(",", d.ScorerIds)}"))));

    private static IEnumerable<List<string>> Permutations(List<string> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}

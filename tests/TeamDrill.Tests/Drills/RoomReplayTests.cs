using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// A room comes back from its journal exactly as it was: whatever the players did (refused actions
/// included), a snapshot taken at any point plus the events after it rebuild the live state byte for byte,
/// the action ids each player's actions carried included.
/// </summary>
public sealed class RoomReplayTests
{
    private static readonly string[] Players = [Host, Customer, Agent, Scorer, "p-xia", "p-yan"];
    private static readonly string[] Names = ["Hana", "Carla", "Abel", "Sam", "Xia", "Yan"];
    private const int SeedCount = 60;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void a_snapshot_plus_the_events_after_it_rebuilds_the_live_room(int seed)
    {
        var (room, snapshots) = Walk(seed);

        var live = Bytes(room.State);
        foreach (var snapshot in snapshots)
        {
            var state = MessagePackSerializer.Deserialize<RoomState>(snapshot);
            foreach (var stored in room.Tail.After(state.Seq))
            {
                RoomTransitions.Apply(state, stored);
            }

            Assert.Equal(room.State.Seq, state.Seq);
            Assert.Equal(live, Bytes(state));
        }
    }

    [Fact]
    public void the_walks_reach_every_kind_of_event()
    {
        var seen = Enumerable.Range(1, SeedCount).SelectMany(seed => Walk(seed).Room.Tail.Events).Select(e => e.Event.GetType()).ToHashSet();

        var kinds = typeof(RoomEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(RoomEvent)) && !t.IsAbstract);
        Assert.Empty(kinds.Where(k => !seen.Contains(k)).Select(k => k.Name));
    }

    private static (Room Room, List<byte[]> Snapshots) Walk(int seed)
    {
        var random = new Random(seed);
        var room = seed % 5 == 0
            ? Room.CreateForLeague(Code, "league-1", "p-fay", "Fay",
                [(Customer, "Carla", DrillRole.Customer), (Agent, "Abel", DrillRole.Agent), (Scorer, "Sam", DrillRole.Scorer)], T0)
            : Room.Create(Code, Host, "Hana", T0);
        var snapshots = new List<byte[]> { Bytes(room.State) };
        var now = T0;
        for (var step = 0; step < 160; step++)
        {
            now = now.AddSeconds(random.Next(1, 90));
            try
            {
                // Every step carries an action id, as a client's call does; the journal must keep them.
                room.Once("p-walker", $"walk-{step:D4}", r =>
                {
                    Act(r, random, now);
                    return [];
                });
            }
            catch (DrillRuleException)
            {
                // Refused actions change nothing; the walk goes on.
            }

            if (random.Next(8) == 0)
            {
                snapshots.Add(Bytes(room.State));
            }
        }

        return (room, snapshots);
    }

    [Fact]
    public void an_event_out_of_order_is_refused_rather_than_applied()
    {
        var room = Lobby();
        var state = MessagePackSerializer.Deserialize<RoomState>(Bytes(room.State));

        var error = Assert.Throws<InvalidOperationException>(() =>
            RoomTransitions.Apply(state, new MessagePosted { Seq = state.Seq + 2, At = T0 }));

        Assert.Contains($"is at event {room.State.Seq}", error.Message);
        Assert.Equal(Bytes(room.State), Bytes(state));
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, SeedCount))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    private static byte[] Bytes(RoomState state) => MessagePackSerializer.Serialize(state);

    private static void Act(Room room, Random random, DateTimeOffset now)
    {
        var who = Players[random.Next(Players.Length)];
        var host = room.State.HostId;
        var number = random.Next(1, 6);
        switch (random.Next(19))
        {
            case 0:
                var joiner = random.Next(Players.Length);
                room.Join(Players[joiner], Names[joiner], now, MaxMembers);
                break;
            case 1:
                room.Leave(who, now);
                break;
            case 2:
                // Moderation, picked by the number already drawn: remove (a ban), lift a ban, mute, unmute.
                var target = Names[random.Next(Names.Length)];
                switch (number)
                {
                    case 1 or 2: room.RemoveMember(host, target, now); break;
                    // Lifting a ban or a mute names someone banned or muted when there is one, or it is only ever refused.
                    case 3: room.UnbanMember(host, room.State.Banned.FirstOrDefault()?.PlayerId ?? target, now); break;
                    case 4: room.MuteMember(host, target, now); break;
                    default: room.UnmuteMember(host, room.State.Muted.FirstOrDefault() ?? target, now); break;
                }

                break;
            case 3:
                room.AssignRole(host, Names[random.Next(Names.Length)], (DrillRole)random.Next(4), now);
                break;
            case 4:
                room.AutoAssign(host, random, now);
                break;
            case 5 or 6:
                room.StartDrill(host, _ => Card(random.Next(2) == 0 ? "late-parcel" : "angry-landlord"), CallLimit, now, TimeSpan.FromMinutes(5));
                break;
            case 7 or 8 or 9:
                room.PostMessage(who, random.Next(3) == 0 ? "Calm down, please." : $"Line {random.Next(1000)}", now, Coach);
                break;
            case 10:
                room.SetAnger(who, random.Next(11), now);
                break;
            case 11:
                room.Tag(who, number, Rubric[random.Next(Rubric.Count)].Id, random.Next(2) == 0 ? TagPolarity.Plus : TagPolarity.Minus, now);
                break;
            case 12:
                room.EndCall(who, (CallOutcome)random.Next(1, 4), now);
                break;
            case 13:
                room.SubmitRubric(who, Scores(random.Next(1, 6), random.Next(1, 6), random.Next(2) == 0 ? null : random.Next(1, 6)), now);
                break;
            case 14:
                // Picked by the number already drawn, so the walk draws as many numbers as it always did.
                switch (number)
                {
                    case 1 or 2: room.SubmitReflection(who, $"I would ask sooner ({random.Next(100)}).", now); break;
                    case 3: room.SubmitReflection(who, "", $"Ask sooner ({random.Next(100)}).", now); break;
                    default: room.SubmitSupport(who, $"You named the date ({random.Next(100)}).", now); break;
                }

                break;
            case 15:
                room.RateFidelity(who, random.Next(1, 6), now);
                break;
            case 16:
                switch (random.Next(4))
                {
                    case 0: room.PauseCall(host, now); break;
                    case 1: room.ResumeCall(host, now); break;
                    case 2: room.EndCallEarly(host, now); break;
                    default: room.CloseScoring(host, now); break;
                }

                break;
            case 17:
                room.ExpireCall(now.AddMinutes(random.Next(15)));
                room.ExpireScoring(now.AddMinutes(random.Next(15)));
                break;
            default:
                if (room.State.LeagueId.Length > 0 && random.Next(10) == 0)
                {
                    room.CancelLeagueRoom(host, "its league round did not start", now);
                }
                else if (room.State.LeagueId.Length == 0)
                {
                    // Projector links, picked by the number already drawn so the walk draws as it always did.
                    switch (number)
                    {
                        case 1: room.OpenWatchLink(host, replacing: false, now); break;
                        case 2: room.OpenWatchLink(host, replacing: true, now); break;
                        case 3: room.CloseWatchLink(host, open: true, now); break;
                    }
                }

                break;
        }
    }

    private static IReadOnlyList<CoachHint> Coach(TranscriptMessage message, TimeSpan offset) =>
        message.Text.Contains("Calm down", StringComparison.Ordinal)
            ? [new CoachHint { MessageNumber = message.Number, Offset = $"{offset:mm\\:ss}", Kind = "avoid", Phrase = "calm down", Why = "It dismisses." }]
            : [];
}

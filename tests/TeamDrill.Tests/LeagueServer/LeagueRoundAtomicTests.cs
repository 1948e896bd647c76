using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// Starting a round is all or nothing: when a room fails to open part-way, the rooms already opened are
/// cancelled, nobody keeps them, the league has no new round, and starting again works.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class LeagueRoundAtomicTests
{
    private const string Cancelled = "This drill was cancelled: its league round did not start.";

    [GeneratedRegex(@"\(([A-Z0-9]{6}(?:, [A-Z0-9]{6})*)\) (?:was|were) cancelled")]
    private static partial Regex CancelledRooms();

    // Nine members present (Jo is absent) in rooms of three: three drills. The fault hits the third drill's start (rooms 1 and 2
    // are running with people in them, room 3 exists but never started), or the second room's creation.
    [Theory]
    [InlineData(nameof(IRoomGrain.StartDrill), 3, "starting drill 3 of 3 in room ", 3)]
    [InlineData(nameof(IRoomGrain.CreateForLeague), 2, "creating the room for drill 2 of 3 failed", 1)]
    public async Task a_round_that_fails_part_way_cancels_the_rooms_it_opened_and_changes_nothing(
        string method, int failingCall, string failedStep, int roomsOpened)
    {
        var fault = new RoomCallFault(method, failingCall);
        await using var league = await LeagueScript.SetUpAsync(
            services => services.AddSingleton<IIncomingGrainCallFilter>(fault),
            "Ana", "Ben", "Cy", "Dee", "Eli", "Flo", "Gus", "Hal", "Ivy", "Jo");
        var fay = league.Facilitator;
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 3);
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.SetPresence), league.Code, "Jo", "absent");
        var before = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);

        // Hold the failing call until members are watching the rooms already opened, so they see the cancellation live.
        var start = fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        var watchers = new List<(TestPlayer Member, string Room)>();
        try
        {
            await fault.Reached;
            foreach (var room in fault.Created.Where(r => r != fault.Held))
            {
                watchers.Add((await Watch(league, room), room));
            }
        }
        finally
        {
            fault.Release();
        }

        var error = await Assert.ThrowsAsync<HubException>(() => start);
        Assert.Contains($"Round 1 did not start: {failedStep}", error.Message);
        Assert.Contains($"({RoomCallFault.Failure})", error.Message);
        Assert.EndsWith("; the league is unchanged. Start the round again (teamdrill league round start).", error.Message);
        var cancelled = CancelledRooms().Match(error.Message).Groups[1].Value.Split(", ");
        Assert.Equal(fault.Created, cancelled);
        Assert.Equal(roomsOpened, cancelled.Length);

        // The league has no round 1, and Jo's absence still waits for the round it was meant for.
        var after = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal((before.Rounds, before.RoundOpen), (after.Rounds, after.RoundOpen));
        Assert.Equal(before.Members.Select(m => (m.Name, m.Presence)), after.Members.Select(m => (m.Name, m.Presence)));
        Assert.Equal(LeaguePresence.Absent, after.Members.Single(m => m.Name == "Jo").Presence);
        var noRound = await Assert.ThrowsAsync<HubException>(() => league.Round());
        Assert.Contains("No round has started yet this season.", noRound.Message);

        // Members watching a cancelled room were told; every cancelled room refuses what comes next.
        Assert.Equal(cancelled.Where(r => r != fault.Held), watchers.Select(w => w.Room));
        foreach (var (member, room) in watchers)
        {
            Assert.Equal(Cancelled, (await member.WaitFor<DrillCancelled>()).Message);
            await Refused(() => member.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), room, "Hello?", ActionIds.New()));
        }

        await using var outsider = await TestPlayer.SignInAsync(league.Server.Url, "Zed");
        foreach (var room in cancelled)
        {
            var snapshot = await fay.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room);
            Assert.Equal((Cancelled, DrillPhase.Lobby), (snapshot.Cancelled, snapshot.Phase));
            await Refused(() => outsider.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room));
            await Refused(() => fay.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), room, (string?)null, ActionIds.New()));
            await Refused(() => fay.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), room, "Hello?", ActionIds.New()));
        }

        // Nobody keeps a cancelled room among their rooms, and nobody has an assignment.
        var grains = league.Server.Services.GetRequiredService<IGrainFactory>();
        foreach (var person in league.Members.Append(fay))
        {
            Assert.Empty((await grains.GetGrain<IPlayerGrain>(person.Id).GetRooms()).Intersect(cancelled));
        }

        foreach (var member in league.Members)
        {
            Assert.Empty(await member.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), league.Code));
        }

        // Starting again gives a fresh round 1 in new rooms.
        var retried = await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code);
        Assert.Equal(1, retried.Number);
        Assert.Equal(3, retried.Drills.Count);
        Assert.Equal(["Jo"], retried.Absent);
        Assert.All(retried.Drills, d => Assert.Equal("waiting", d.Status));
        Assert.Empty(retried.Drills.Select(d => d.RoomCode).Intersect(cancelled));
        var started = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.GetLeague), league.Code);
        Assert.Equal((1, LeaguePresence.Present), (started.Rounds, started.Members.Single(m => m.Name == "Jo").Presence));
        var ana = league.Members[0];
        var mine = Assert.Single(await ana.Hub.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(ILeagueHub.MyAssignments), league.Code));
        Assert.Contains(mine.RoomCode, retried.Drills.Select(d => d.RoomCode));
        Assert.Contains(mine.RoomCode, await grains.GetGrain<IPlayerGrain>(ana.Id).GetRooms());
    }

    /// <summary>The first member who is in <paramref name="room"/> opens it, and so follows it on their connection.</summary>
    private static async Task<TestPlayer> Watch(LeagueScript league, string room)
    {
        foreach (var member in league.Members)
        {
            try
            {
                await member.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), room);
                return member;
            }
            catch (HubException)
            {
                // Not in this room.
            }
        }

        throw new InvalidOperationException($"No member is in room {room}.");
    }

    private static async Task Refused(Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<HubException>(action);
        Assert.Contains(Cancelled, error.Message);
    }
}

using Microsoft.AspNetCore.SignalR;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

public class DrillSessionTests
{
    private readonly FakeDrillHub _hub = new();
    private readonly DrillSession _session;
    private readonly List<string> _seen = [];

    public DrillSessionTests()
    {
        _session = new DrillSession(_hub, "p-ana", "Ana");
        _session.EventApplied += (_, e) => _seen.Add($"event {e.Event.Seq}");
        _session.SnapshotApplied += (_, e) => _seen.Add($"snapshot {e.State.LastSeq} {e.Reason}");
        _session.RoomLeft += (_, e) => _seen.Add($"left {e.RoomCode} {e.Error}");
        _session.ConnectionStateChanged += (_, e) => _seen.Add($"state {e.State}");
    }

    [Fact]
    public async Task joining_a_room_applies_its_snapshot_and_tracks_it()
    {
        var state = await _session.JoinRoomAsync(SampleRoom.Code);

        Assert.Equal(3, state.LastSeq);
        Assert.Equal([SampleRoom.Code], _session.RoomCodes);
        Assert.Equal(["snapshot 3 Joined"], _seen);
    }

    [Fact]
    public async Task live_events_are_applied_in_order_and_duplicates_are_dropped()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _seen.Clear();

        _session.Receive(SampleRoom.Code, SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));
        _session.Receive(SampleRoom.Code, SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));
        _session.Receive(SampleRoom.Code, SampleRoom.Roles(5));
        _session.Receive(SampleRoom.Code, SampleRoom.Joined(2, SampleRoom.Member("p-old", "Old")));

        Assert.Equal(["event 4", "event 5"], _seen);
        Assert.Equal(5, _session.GetRoom(SampleRoom.Code)!.LastSeq);
        Assert.Null(_session.GetRoom(SampleRoom.Code)!.FindMember("p-old"));
    }

    [Fact]
    public async Task a_pushed_batch_is_applied_in_sequence_order()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _seen.Clear();

        _session.Receive(SampleRoom.Code, [SampleRoom.Started(5), SampleRoom.Roles(4), SampleRoom.Anger(6, 7, 6)]);

        Assert.Equal(["event 4", "event 5", "event 6"], _seen);
        Assert.Equal(7, _session.GetRoom(SampleRoom.Code)!.Anger);
    }

    [Fact]
    public async Task an_event_that_overtakes_the_join_answer_is_held_until_the_snapshot_arrives()
    {
        var answer = new TaskCompletionSource<RoomSnapshot>();
        _hub.OnJoin = _ => answer.Task;

        var joining = _session.JoinRoomAsync(SampleRoom.Code);
        _session.Receive(SampleRoom.Code, SampleRoom.Joined(3, SampleRoom.Ana()));   // already in the snapshot
        _session.Receive(SampleRoom.Code, SampleRoom.Joined(4, SampleRoom.Member("p-dee", "Dee")));
        Assert.Empty(_seen);

        answer.SetResult(SampleRoom.Lobby(seq: 3));
        var state = await joining;

        Assert.Equal(["snapshot 3 Joined", "event 4"], _seen);
        Assert.NotNull(_session.GetRoom(SampleRoom.Code)!.FindMember("p-dee"));
        Assert.Equal(4, state.LastSeq);
    }

    [Fact]
    public async Task an_older_snapshot_than_what_was_applied_changes_nothing()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _session.Receive(SampleRoom.Code, SampleRoom.Roles(9));
        _seen.Clear();

        var state = await _session.JoinRoomAsync(SampleRoom.Code);

        Assert.Equal(9, state.LastSeq);
        Assert.Empty(_seen);
    }

    [Fact]
    public async Task resync_rejoins_every_room_and_applies_the_missed_events_from_the_last_seq()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _session.Receive(SampleRoom.Code, SampleRoom.Roles(4));
        _hub.OnResync = (_, _) => Task.FromResult(new ResyncResult { Events = [SampleRoom.Started(6), SampleRoom.Anger(5, 1, 0)] });
        _seen.Clear();

        await _session.ResyncAllAsync();

        Assert.Contains($"JoinRoom {SampleRoom.Code}", _hub.CallList);
        Assert.Contains($"Resync {SampleRoom.Code} 4", _hub.CallList);
        Assert.Equal(["event 5", "event 6", "state Resynced"], _seen);
        Assert.Equal(DrillPhase.Call, _session.GetRoom(SampleRoom.Code)!.Phase);
    }

    [Fact]
    public async Task live_events_during_a_resync_wait_for_it_so_nothing_is_applied_out_of_order()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        var answer = new TaskCompletionSource<ResyncResult>();
        _hub.OnResync = (_, _) => answer.Task;
        _seen.Clear();

        var resync = _session.ResyncAllAsync();
        _session.Receive(SampleRoom.Code, SampleRoom.Started(6));      // live, newer than what resync brings
        Assert.Empty(_seen);
        answer.SetResult(new ResyncResult { Events = [SampleRoom.Roles(4), SampleRoom.Joined(5, SampleRoom.Member("p-dee", "Dee")), SampleRoom.Started(6)] });
        await resync;

        Assert.Equal(["event 4", "event 5", "event 6", "state Resynced"], _seen);
    }

    [Fact]
    public async Task resync_that_answers_with_a_snapshot_replaces_the_room()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnResync = (_, _) => Task.FromResult(new ResyncResult { Snapshot = SampleRoom.Lobby(seq: 50, SampleRoom.Ana(), SampleRoom.Ben()) });
        _seen.Clear();

        await _session.ResyncAllAsync();

        Assert.Equal(["snapshot 50 Resync", "state Resynced"], _seen);
        Assert.Equal(2, _session.GetRoom(SampleRoom.Code)!.Members.Count);
    }

    [Fact]
    public async Task a_room_the_server_refuses_on_rejoin_is_dropped_with_the_servers_reason()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.Fail = "you were removed from room ABC234";
        _seen.Clear();

        await _session.ResyncAllAsync();

        Assert.Equal(["left ABC234 you were removed from room ABC234", "state Resynced"], _seen);
        Assert.Empty(_session.RoomCodes);
    }

    [Fact]
    public async Task a_resync_cut_short_by_the_connection_keeps_the_room_and_does_not_claim_resynced()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnResync = (_, _) => Task.FromException<ResyncResult>(new InvalidOperationException("The 'InvokeCoreAsync' method cannot be called if the connection is not active"));
        var errors = new List<string>();
        _session.BackgroundError += (_, e) => errors.Add(e.Message);
        _seen.Clear();

        Assert.False(await _session.ResyncAllAsync());

        Assert.Equal([SampleRoom.Code], _session.RoomCodes);
        Assert.DoesNotContain("state Resynced", _seen);
        Assert.Equal(["resync of room ABC234 failed: not connected to the server right now; try again in a moment"], errors);
    }

    [Fact]
    public async Task a_server_hiccup_during_resync_keeps_the_room_and_reports_not_resynced()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnResync = (_, _) => Task.FromException<ResyncResult>(new HubException("An unexpected error occurred invoking 'Resync' on the server."));
        _seen.Clear();

        var caughtUp = await _session.ResyncAllAsync();

        Assert.False(caughtUp);
        Assert.Equal([SampleRoom.Code], _session.RoomCodes);
        Assert.Empty(_seen);
    }

    [Theory]
    [InlineData("An unexpected error occurred invoking 'Resync' on the server. HubException: The server could not do that (Resync); try again.")]
    [InlineData("An unexpected error occurred invoking 'Resync' on the server. HubException: Room ABC234 could not reach its storage just now; nothing changed. Try again in a moment.")]
    public async Task a_room_that_says_try_again_during_resync_is_kept_and_resynced_later(string error)
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnResync = (_, _) => Task.FromException<ResyncResult>(new HubException(error));
        _seen.Clear();

        Assert.False(await _session.ResyncAllAsync());

        Assert.Equal([SampleRoom.Code], _session.RoomCodes);
        Assert.DoesNotContain(_seen, s => s.StartsWith("left", StringComparison.Ordinal));
    }

    [Fact]
    public async Task live_events_after_a_failed_resync_wait_for_the_retry_so_no_hole_is_left()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnResync = (_, _) => Task.FromException<ResyncResult>(new HubException("An unexpected error occurred invoking 'Resync' on the server."));
        Assert.False(await _session.ResyncAllAsync());
        _seen.Clear();

        _session.Receive(SampleRoom.Code, SampleRoom.Started(6)); // event 5 is still missing: not applied yet
        Assert.Empty(_seen);

        _hub.OnResync = (_, _) => Task.FromResult(new ResyncResult { Events = [SampleRoom.Joined(5, SampleRoom.Member("p-dee", "Dee")), SampleRoom.Started(6)] });
        Assert.True(await _session.ResyncAllAsync());

        Assert.Equal(["event 5", "event 6", "state Resynced"], _seen);
    }

    [Fact]
    public async Task being_removed_by_someone_else_drops_the_room_with_a_reason()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _seen.Clear();

        _session.Receive(SampleRoom.Code, new MemberLeft { Seq = 4, PlayerId = "p-ana", Name = "Ana", HostId = "p-ben" });

        Assert.Equal(["event 4", "left ABC234 you are no longer a member of room ABC234"], _seen);
        Assert.Empty(_session.RoomCodes);
    }

    [Fact]
    public async Task my_own_leave_echoed_back_is_quiet()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _hub.OnLeave = () => _session.Receive(SampleRoom.Code, new MemberLeft { Seq = 4, PlayerId = "p-ana", Name = "Ana", HostId = "p-ben" });
        _seen.Clear();

        await _session.LeaveRoomAsync(SampleRoom.Code);

        Assert.Equal(["event 4", "left ABC234 "], _seen);
    }

    [Fact]
    public async Task leaving_a_room_stops_following_it()
    {
        await _session.JoinRoomAsync(SampleRoom.Code);
        _seen.Clear();

        await _session.LeaveRoomAsync(SampleRoom.Code);
        _session.Receive(SampleRoom.Code, SampleRoom.Roles(9));

        Assert.Equal(["left ABC234 "], _seen);
        Assert.Null(_session.GetRoom(SampleRoom.Code));
        Assert.Equal($"LeaveRoom {SampleRoom.Code}", _hub.CallList[^1]);
    }

    [Fact]
    public async Task creating_a_room_tracks_it_under_the_code_the_server_chose()
    {
        var state = await _session.CreateRoomAsync();

        Assert.Equal(SampleRoom.Code, state.Code);
        Assert.True(state.IAmHost);
        Assert.Equal(["snapshot 1 Created"], _seen);
    }

    [Fact]
    public void connection_state_changes_are_raised_once_per_change()
    {
        _session.SetConnectionState(ConnectionState.Connected);
        _session.SetConnectionState(ConnectionState.Connected);
        _session.SetConnectionState(ConnectionState.Reconnecting, "socket closed");

        Assert.Equal(["state Connected", "state Reconnecting"], _seen);
        Assert.Equal(ConnectionState.Reconnecting, _session.ConnectionState);
    }
}

using System.Data.Common;
using MessagePack;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Storage;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Journal;

/// <summary>
/// What the room journal must do on every dialect. Each test gets an empty database; two
/// <see cref="JournalNode"/>s on it behave as two silos sharing it.
/// </summary>
public abstract class RoomJournalBehaviour : IAsyncLifetime
{
    private readonly List<JournalNode> _nodes = [];

    protected string ConnectionString { get; private set; } = "";

    protected abstract StorageDialect Dialect { get; }

    public async Task InitializeAsync() => ConnectionString = await CreateDatabaseAsync();

    public Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        return CleanUpAsync();
    }

    [Fact]
    public async Task a_new_room_reads_back_as_it_was_stored()
    {
        var node = await NodeAsync();
        var room = InScoring();

        await node.Store.CreateAsync(room);
        var loaded = await (await NodeAsync()).Store.LoadAsync(Code);

        Assert.NotNull(loaded);
        Assert.Equal(Bytes(room.State), Bytes(loaded.State));
        Assert.Equal(room.Tail.Events.Select(e => e.Event.Seq), loaded.Room.Tail.Events.Select(e => e.Event.Seq));
        Assert.Null(await node.Store.LoadAsync("NOSUCH"));
    }

    [Fact]
    public async Task each_action_appends_its_events_and_a_fresh_node_sees_them_all()
    {
        var node = await NodeAsync();
        var stored = await node.Store.CreateAsync(OnCall());
        for (var i = 0; i < 25; i++)
        {
            await node.ActAsync(stored, r => r.PostMessage(i % 2 == 0 ? Customer : Agent, $"Line {i}", StartedAt.AddSeconds(i)));
        }

        var loaded = await (await NodeAsync()).Store.LoadAsync(Code);

        Assert.Equal(Bytes(stored.State), Bytes(loaded!.State));
        Assert.Equal(25, loaded.State.Current!.Transcript.Count);
        Assert.Equal(loaded.State.Seq, (await RowsAsync("SELECT max(seq) FROM room_events")));
    }

    [Fact]
    public async Task a_stale_writer_is_refused_and_changes_nothing()
    {
        var silo1 = await NodeAsync();
        var silo2 = await NodeAsync();
        await silo1.Store.CreateAsync(OnCall());
        var first = (await silo1.Store.LoadAsync(Code))!;
        var stale = (await silo2.Store.LoadAsync(Code))!;

        await silo1.ActAsync(first, r => r.PostMessage(Customer, "I was first.", StartedAt));
        var refused = await Assert.ThrowsAsync<JournalConflictException>(
            () => silo2.ActAsync(stale, r => r.PostMessage(Customer, "I forked the room.", StartedAt)));

        Assert.Contains(Code, refused.Message);
        var loaded = (await (await NodeAsync()).Store.LoadAsync(Code))!;
        Assert.Equal(["I was first."], loaded.State.Current!.Transcript.Select(m => m.Text));
        Assert.Equal(first.State.Seq, loaded.State.Seq);
    }

    [Fact]
    public async Task a_stale_writer_is_refused_even_after_snapshots_have_forgotten_the_events_it_knew()
    {
        var silo1 = await NodeAsync();
        var silo2 = await NodeAsync();
        await silo1.Store.CreateAsync(OnCall());
        var live = (await silo1.Store.LoadAsync(Code))!;
        var stale = (await silo2.Store.LoadAsync(Code))!;
        for (var i = 0; i < 120; i++)
        {
            await silo1.ActAsync(live, r => r.PostMessage(Customer, $"Line {i} with some words to weigh it down a little.", StartedAt.AddSeconds(i)));
        }

        Assert.True(await RowsAsync($"SELECT min(seq) FROM room_events") > stale.State.Seq + 1, "the events the stale writer knew are forgotten");
        await Assert.ThrowsAsync<JournalConflictException>(() => silo2.ActAsync(stale, r => r.PostMessage(Agent, "Am I still here?", StartedAt)));
        Assert.Equal(live.State.Seq, (await (await NodeAsync()).Store.LoadAsync(Code))!.State.Seq);
    }

    [Fact]
    public async Task a_room_comes_back_from_its_snapshot_plus_the_events_after_it()
    {
        var node = await NodeAsync();
        var stored = await node.Store.CreateAsync(OnCall());
        for (var i = 0; i < 150; i++)
        {
            await node.ActAsync(stored, r => i % 10 == 9
                ? r.SetAnger(Customer, i % 7, StartedAt.AddSeconds(i))
                : r.PostMessage(i % 2 == 0 ? Customer : Agent, $"Message {i}: where is my parcel, and why has nobody called back?", StartedAt.AddSeconds(i)));
        }

        var snapshotSeq = await RowsAsync("SELECT seq FROM room_snapshots");
        var loaded = (await (await NodeAsync()).Store.LoadAsync(Code))!;

        Assert.InRange(snapshotSeq, 9, stored.State.Seq - 1); // a snapshot was taken, and events followed it
        Assert.Equal(Bytes(stored.State), Bytes(loaded.State));
        Assert.InRange(await RowsAsync("SELECT count(*) FROM room_events"), 1, stored.State.Seq - 1); // older events forgotten
        Assert.Equal(stored.Room.Resync(Agent, stored.State.Seq - 5).Events.Select(e => e.Seq), loaded.Room.Resync(Agent, stored.State.Seq - 5).Events.Select(e => e.Seq));
    }

    [Fact]
    public async Task what_an_action_writes_does_not_grow_with_the_room()
    {
        var node = await NodeAsync(new RoomJournalOptions { KeepEvents = 100, MinimumSnapshotBytes = 64 * 1024 });
        var stored = await node.Store.CreateAsync(OnCall());
        var perAction = new List<double>();
        var at = 0;
        foreach (var mark in new[] { 100, 1000, 3000 })
        {
            while (stored.State.Current!.Transcript.Count < mark - 100)
            {
                await Say(node, stored, at++);
            }

            var before = node.BytesCommitted;
            for (var i = 0; i < 100; i++)
            {
                await Say(node, stored, at++);
            }

            perAction.Add((node.BytesCommitted - before) / 100.0);
        }

        // Snapshots grow with the drill, but are written as seldom as they are big: the cost per action stays flat.
        Assert.True(perAction[2] < perAction[0] * 1.5 && perAction[1] < perAction[0] * 1.5, string.Join(", ", perAction));
    }

    [Fact]
    public async Task creating_a_room_twice_is_refused()
    {
        var silo1 = await NodeAsync();
        var silo2 = await NodeAsync();
        await silo1.Store.CreateAsync(Lobby());

        await Assert.ThrowsAsync<JournalConflictException>(() => silo2.Store.CreateAsync(Room.Create(Code, Agent, "Abel", T0)));

        Assert.Equal(Host, (await silo2.Store.LoadAsync(Code))!.State.HostId);
    }

    [Fact]
    public async Task writes_from_many_rooms_that_wait_together_share_one_commit()
    {
        var node = await NodeAsync();
        var rooms = new List<StoredRoom>();
        foreach (var code in Codes("PLUG", 21))
        {
            rooms.Add(await node.Store.CreateAsync(OnCall(code)));
        }

        List<Task> writes;
        await using (await HoldWritesAsync(rooms[0].State.Code))
        {
            var plug = node.ActAsync(rooms[0], r => r.PostMessage(Customer, "Hello?", StartedAt));
            await Task.Delay(200); // the writer is now stuck on the held plug write
            writes = [plug, .. rooms.Skip(1).Select(room => node.ActAsync(room, r => r.PostMessage(Customer, "Hello?", StartedAt)))];
        }

        await Task.WhenAll(writes);
        Assert.Contains(node.Batches, size => size >= 20);
        foreach (var room in rooms)
        {
            Assert.Equal(["Hello?"], (await node.Store.LoadAsync(room.State.Code))!.State.Current!.Transcript.Select(m => m.Text));
        }
    }

    [Fact]
    public async Task a_failed_commit_acknowledges_none_of_the_writes_in_it()
    {
        var node = await NodeAsync();
        var rooms = new List<StoredRoom>();
        foreach (var code in Codes("BOOM", 4))
        {
            rooms.Add(await node.Store.CreateAsync(OnCall(code)));
        }

        await BreakWritesAsync(rooms[1].State.Code);
        List<Task> writes;
        await using (await HoldWritesAsync(rooms[0].State.Code))
        {
            var plug = node.ActAsync(rooms[0], r => r.PostMessage(Customer, "Plug.", StartedAt));
            await Task.Delay(200);
            writes = [.. rooms.Skip(1).Select(room => node.ActAsync(room, r => r.PostMessage(Customer, "Lost?", StartedAt)))];
            _ = plug;
        }

        foreach (var write in writes)
        {
            await Assert.ThrowsAsync<JournalUnavailableException>(() => write);
        }

        await MendWritesAsync();
        var fresh = await NodeAsync();
        foreach (var room in rooms.Skip(1))
        {
            var loaded = (await fresh.Store.LoadAsync(room.State.Code))!;
            Assert.Empty(loaded.State.Current!.Transcript);
            await fresh.ActAsync(loaded, r => r.PostMessage(Customer, "Again.", StartedAt)); // storage was left where it was
        }
    }

    [Fact]
    public async Task a_room_stored_the_old_way_is_converted_the_first_time_it_is_loaded()
    {
        var node = await NodeAsync();
        await InsertLegacyRoomAsync(LegacyRoomRow.Code, LegacyRoomRow.Payload);

        var loaded = (await node.Store.LoadAsync(LegacyRoomRow.Code))!;

        Assert.Equal((DrillPhase.Call, 2, 1), (loaded.State.Phase, loaded.State.Current!.Number, loaded.State.FinishedDrills));
        Assert.Equal(["Second call, still open.", "I am the agent now."], loaded.State.Current.Transcript.Select(m => m.Text));
        Assert.Equal("I apologised late.", loaded.State.LastDebrief!.Reflection);
        var drill = (await node.Store.FinishedDrillAsync(LegacyRoomRow.Code, 1))!.Value;
        Assert.Equal(CallOutcome.Resolved, drill.Debrief.Outcome);
        Assert.Equal(["empathy"], drill.Debrief.Tags.Select(t => t.Technique));
        Assert.Equal(0, await RowsAsync("SELECT count(*) FROM grain_state WHERE grain_type = 'room'"));
        var again = (await (await NodeAsync()).Store.LoadAsync(LegacyRoomRow.Code))!;
        Assert.Equal(Bytes(loaded.State), Bytes(again.State));
        Assert.Equal(loaded.State.Seq, again.Room.Tail.Events[^1].Event.Seq);
    }

    [Fact]
    public async Task a_database_written_by_a_newer_server_is_refused_with_a_sentence()
    {
        var node = await NodeAsync();
        await ExecuteAsync("UPDATE teamdrill_schema SET version = 99");

        var refused = await Assert.ThrowsAsync<NewerSchemaException>(node.CreateSchemaAsync);

        Assert.Contains("written by a newer TeamDrill (storage schema 99); this server knows schema 1", refused.Message);
    }

    [Fact]
    public async Task the_upgrade_path_has_one_step_per_version_up_to_the_current_one()
    {
        var node = await NodeAsync();

        Assert.Equal(Enumerable.Range(1, JournalDatabase.SchemaVersion), node.Database.UpgradeSteps.Select(s => s.Version));
        Assert.All(node.Database.UpgradeSteps, s => Assert.NotEmpty(s.Sql));
        Assert.Null(await node.Database.CreateSchemaAsync(CancellationToken.None)); // current already: nothing to upgrade
        Assert.Equal(JournalDatabase.SchemaVersion, await RowsAsync("SELECT version FROM teamdrill_schema"));
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected abstract DbConnection Connect();

    /// <summary>Keeps the journal writer from committing (holding a lock it needs on <paramref name="room"/>) until disposed.</summary>
    protected abstract Task<IAsyncDisposable> HoldWritesAsync(string room);

    /// <summary>Makes every insert of <paramref name="room"/>'s events fail inside the database.</summary>
    protected abstract Task BreakWritesAsync(string room);

    protected abstract Task MendWritesAsync();

    /// <summary>Writes a room as the old one-row storage did.</summary>
    protected abstract Task InsertLegacyRoomAsync(string room, byte[] payload);

    protected async Task<JournalNode> NodeAsync(RoomJournalOptions? options = null)
    {
        var node = new JournalNode(Dialect, ConnectionString, options);
        _nodes.Add(node);
        await node.CreateSchemaAsync();
        return node;
    }

    protected async Task<long> RowsAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The old storage's table, made by the old provider itself.</summary>
    protected async Task CreateLegacyTableAsync()
    {
        using var legacy = new RelationalGrainStorage("store", new RelationalStorageOptions { Dialect = Dialect, ConnectionString = ConnectionString },
            NullLogger<RelationalGrainStorage>.Instance);
        await legacy.ReadStateAsync("player", GrainId.Create("player", "nobody"), new GrainState<Storage.ProbeState>());
    }

    private static byte[] Bytes(RoomState state) => MessagePackSerializer.Serialize(state);

    private static IEnumerable<string> Codes(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:D2}");

    private static Room OnCall(string code = Code)
    {
        var room = Room.Create(code, Host, "Hana", T0);
        room.Join(Customer, "Carla", T0, MaxMembers);
        room.Join(Agent, "Abel", T0, MaxMembers);
        room.Join(Scorer, "Sam", T0, MaxMembers);
        room.AssignRole(Host, "Carla", DrillRole.Customer, T0);
        room.AssignRole(Host, "Abel", DrillRole.Agent, T0);
        room.StartDrill(Host, _ => Card(), TimeSpan.FromHours(2), StartedAt);
        return room;
    }

    private static Task Say(JournalNode node, StoredRoom room, int i) =>
        node.ActAsync(room, r => r.PostMessage(i % 2 == 0 ? Customer : Agent, $"Message {i}: I would like to know where my parcel is.", StartedAt.AddSeconds(i)));
}

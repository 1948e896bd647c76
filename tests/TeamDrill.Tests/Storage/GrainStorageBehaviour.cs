using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using TeamDrill.Grains.Storage;
using Xunit;

namespace TeamDrill.Tests.Storage;

/// <summary>
/// What every dialect of the relational grain storage must do. Each test gets its own empty store
/// from <see cref="CreateOptionsAsync"/>; the derived classes pick the database.
/// </summary>
public abstract class GrainStorageBehaviour : IAsyncLifetime
{
    protected const string StorageName = "store";
    protected static readonly GrainId Room = GrainId.Create("room", "ABC123");

    private readonly List<RelationalGrainStorage> _opened = [];
    private RelationalStorageOptions? _options;

    protected RelationalGrainStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _options = await CreateOptionsAsync();
        Storage = OpenStorage();
    }

    public Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        return CleanUpAsync();
    }

    /// <summary>Options that point at a fresh, empty store for one test.</summary>
    protected abstract Task<RelationalStorageOptions> CreateOptionsAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>Another provider instance on the same store (as a restarted or second silo would have).</summary>
    protected RelationalGrainStorage OpenStorage()
    {
        var storage = new RelationalGrainStorage(StorageName, _options!, NullLogger<RelationalGrainStorage>.Instance);
        _opened.Add(storage);
        return storage;
    }

    protected static ProbeState Sample(string title = "Refund call", int count = 3) =>
        new() { Title = title, Count = count, Lines = ["I want my money back.", "Let me check that for you."], Blob = [1, 2, 3] };

    /// <summary>A state as a grain holds it before its first write: no etag.</summary>
    protected static IGrainState<ProbeState> Fresh(ProbeState state) => new GrainState<ProbeState>(state);

    /// <summary>The state a grain holds (never null after a read or write).</summary>
    protected static ProbeState Value(IGrainState<ProbeState> state) => Assert.IsType<ProbeState>(state.State);

    protected static async Task<IGrainState<T>> ReadAsync<T>(IGrainStorage storage, GrainId grainId, string stateName = "room")
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    [Fact]
    public async Task write_then_read_returns_the_same_state()
    {
        var written = Fresh(Sample());
        await Storage.WriteStateAsync("room", Room, written);

        var read = await ReadAsync<ProbeState>(Storage, Room);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Refund call", Value(read).Title);
        Assert.Equal(3, Value(read).Count);
        Assert.Equal(["I want my money back.", "Let me check that for you."], Value(read).Lines);
        Assert.Equal([1, 2, 3], Value(read).Blob);
    }

    [Fact]
    public async Task a_write_sets_an_etag_and_marks_the_record_as_existing()
    {
        var state = Fresh(Sample());

        await Storage.WriteStateAsync("room", Room, state);

        Assert.False(string.IsNullOrEmpty(state.ETag));
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task reading_a_state_never_written_gives_a_fresh_state_with_no_etag()
    {
        IGrainState<ProbeState> state = new GrainState<ProbeState>(Sample()) { ETag = "left-over", RecordExists = true };

        await Storage.ReadStateAsync("room", Room, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.NotNull(state.State);
        Assert.Equal("", Value(state).Title);
        Assert.Equal(0, Value(state).Count);
    }

    [Fact]
    public async Task successive_writes_with_the_current_etag_succeed_and_change_the_etag()
    {
        var state = Fresh(Sample(count: 1));
        await Storage.WriteStateAsync("room", Room, state);
        var first = state.ETag;

        Value(state).Count = 2;
        await Storage.WriteStateAsync("room", Room, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(2, Value(await ReadAsync<ProbeState>(Storage, Room)).Count);
    }

    [Fact]
    public async Task writing_with_a_stale_etag_throws_and_leaves_the_stored_state_unchanged()
    {
        var winner = Fresh(Sample(count: 1));
        await Storage.WriteStateAsync("room", Room, winner);
        var stale = await ReadAsync<ProbeState>(Storage, Room);
        Value(winner).Count = 2;
        await Storage.WriteStateAsync("room", Room, winner);

        Value(stale).Count = 99;
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("room", Room, stale));

        var stored = await ReadAsync<ProbeState>(Storage, Room);
        Assert.Equal(2, Value(stored).Count);
        Assert.Equal(winner.ETag, stored.ETag);
        Assert.Contains("room/ABC123", error.Message, StringComparison.Ordinal);
        Assert.Contains("'room'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task writing_a_new_record_over_an_existing_one_throws_and_keeps_the_existing_one()
    {
        await Storage.WriteStateAsync("room", Room, Fresh(Sample(title: "first")));

        var blind = Fresh(Sample(title: "second"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("room", Room, blind));

        Assert.Equal("first", Value(await ReadAsync<ProbeState>(Storage, Room)).Title);
        Assert.Null(blind.ETag);
    }

    [Fact]
    public async Task concurrent_writers_holding_the_same_etag_let_exactly_one_win()
    {
        await Storage.WriteStateAsync("room", Room, Fresh(Sample(count: 0)));
        var writers = new List<(IGrainState<ProbeState> State, IGrainStorage Storage)>();
        for (var i = 1; i <= 4; i++)
        {
            var storage = OpenStorage();
            var state = await ReadAsync<ProbeState>(storage, Room);
            Value(state).Count = i;
            writers.Add((state, storage));
        }

        var outcomes = await Task.WhenAll(writers.Select(async writer =>
        {
            try
            {
                await writer.Storage.WriteStateAsync("room", Room, writer.State);
                return Value(writer.State).Count;
            }
            catch (InconsistentStateException)
            {
                return 0;
            }
        }));

        var winner = Assert.Single(outcomes, outcome => outcome != 0);
        Assert.Equal(winner, Value(await ReadAsync<ProbeState>(Storage, Room)).Count);
    }

    [Fact]
    public async Task clear_deletes_the_state_so_the_next_read_finds_nothing()
    {
        var state = Fresh(Sample());
        await Storage.WriteStateAsync("room", Room, state);

        await Storage.ClearStateAsync("room", Room, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal("", Value(state).Title);
        var read = await ReadAsync<ProbeState>(OpenStorage(), Room);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task a_cleared_state_can_be_written_again()
    {
        var state = Fresh(Sample(title: "before"));
        await Storage.WriteStateAsync("room", Room, state);
        await Storage.ClearStateAsync("room", Room, state);

        state.State = Sample(title: "after");
        await Storage.WriteStateAsync("room", Room, state);

        Assert.Equal("after", Value(await ReadAsync<ProbeState>(Storage, Room)).Title);
    }

    [Fact]
    public async Task clear_with_a_stale_etag_throws_and_keeps_the_state()
    {
        var current = Fresh(Sample(count: 1));
        await Storage.WriteStateAsync("room", Room, current);
        var stale = await ReadAsync<ProbeState>(Storage, Room);
        Value(current).Count = 2;
        await Storage.WriteStateAsync("room", Room, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("room", Room, stale));

        Assert.Equal(2, Value(await ReadAsync<ProbeState>(Storage, Room)).Count);
    }

    [Fact]
    public async Task a_writer_that_read_before_a_clear_cannot_overwrite_what_was_written_after_it()
    {
        var owner = Fresh(Sample(title: "v1"));
        await Storage.WriteStateAsync("room", Room, owner);
        var straggler = await ReadAsync<ProbeState>(OpenStorage(), Room);
        await Storage.ClearStateAsync("room", Room, owner);
        owner.State = Sample(title: "v2");
        await Storage.WriteStateAsync("room", Room, owner);

        Value(straggler).Title = "stale";
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("room", Room, straggler));

        Assert.Equal("v2", Value(await ReadAsync<ProbeState>(Storage, Room)).Title);
    }

    [Fact]
    public async Task grains_with_the_same_key_but_different_types_do_not_collide()
    {
        var league = GrainId.Create("league", "ABC123");
        await Storage.WriteStateAsync("room", Room, Fresh(Sample(title: "room")));
        await Storage.WriteStateAsync("room", league, Fresh(Sample(title: "league")));

        Assert.Equal("room", Value(await ReadAsync<ProbeState>(Storage, Room)).Title);
        Assert.Equal("league", Value(await ReadAsync<ProbeState>(Storage, league)).Title);
    }

    [Fact]
    public async Task states_with_different_names_on_one_grain_are_kept_apart()
    {
        await Storage.WriteStateAsync("room", Room, Fresh(Sample(title: "room")));
        await Storage.WriteStateAsync("archive", Room, Fresh(Sample(title: "archive")));

        Assert.Equal("room", Value(await ReadAsync<ProbeState>(Storage, Room, "room")).Title);
        Assert.Equal("archive", Value(await ReadAsync<ProbeState>(Storage, Room, "archive")).Title);
    }

    [Fact]
    public async Task the_state_survives_reopening_the_storage()
    {
        var written = Fresh(Sample(title: "kept"));
        await Storage.WriteStateAsync("room", Room, written);
        Storage.Dispose();

        var reopened = OpenStorage();
        var read = await ReadAsync<ProbeState>(reopened, Room);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("kept", Value(read).Title);
        Value(read).Count = 7;
        await reopened.WriteStateAsync("room", Room, read);
    }

    [Fact]
    public async Task a_one_megabyte_state_round_trips()
    {
        var blob = new byte[1024 * 1024];
        new Random(42).NextBytes(blob);
        var lines = Enumerable.Range(0, 2000).Select(i => $"line {i}: I have been on hold for forty minutes.").ToList();
        await Storage.WriteStateAsync("room", Room, Fresh(new ProbeState { Blob = blob, Lines = lines }));

        var read = await ReadAsync<ProbeState>(OpenStorage(), Room);

        Assert.Equal(blob, Value(read).Blob);
        Assert.Equal(lines, Value(read).Lines);
    }

    [Fact]
    public async Task a_payload_that_does_not_fit_the_state_type_fails_naming_the_grain_and_state()
    {
        await Storage.WriteStateAsync("room", Room, Fresh(Sample()));

        var error = await Assert.ThrowsAsync<RelationalStorageException>(() => ReadAsync<IncompatibleState>(Storage, Room));

        Assert.Contains("room/ABC123", error.Message, StringComparison.Ordinal);
        Assert.Contains("'room'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IncompatibleState), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task several_providers_creating_the_schema_at_once_all_succeed()
    {
        var providers = Enumerable.Range(0, 4).Select(_ => OpenStorage()).ToList();

        await Task.WhenAll(providers.Select((storage, i) =>
            storage.WriteStateAsync("room", GrainId.Create("room", $"R{i}"), Fresh(Sample(count: i)))));

        for (var i = 0; i < providers.Count; i++)
        {
            Assert.Equal(i, Value(await ReadAsync<ProbeState>(Storage, GrainId.Create("room", $"R{i}"))).Count);
        }
    }
}

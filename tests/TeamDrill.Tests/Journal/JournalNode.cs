using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Storage;
using TeamDrill.Shared.Drills;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Journal;

/// <summary>
/// What one silo has of the journal: its own database handle, group-commit writer and room store. Two
/// nodes on one database behave as two silos sharing it.
/// </summary>
public sealed class JournalNode : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly TestMeterFactory _meters = new();
    private readonly List<int> _batches = [];
    private long _bytes;

    public JournalNode(StorageDialect dialect, string connectionString, RoomJournalOptions? options = null)
    {
        Options = options ?? new RoomJournalOptions { KeepEvents = 40, MinimumSnapshotBytes = 4096 };
        Database = dialect == StorageDialect.Sqlite ? new SqliteJournalDatabase(connectionString) : new PostgresJournalDatabase(connectionString);
        Metrics = new JournalMetrics(_meters);
        Writer = new JournalWriter(Database, Metrics, NullLogger<JournalWriter>.Instance, Options.MaxBatch, commitWindow: TimeSpan.Zero);
        Store = new RoomStore(Database, Writer, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<RoomStore>.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == Metrics.Meter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
        {
            if (instrument.Name == "teamdrill.storage.batch_size")
            {
                lock (_batches)
                {
                    _batches.Add(value);
                }
            }
        });
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "teamdrill.storage.bytes")
            {
                Interlocked.Add(ref _bytes, value);
            }
        });
        _listener.Start();
    }

    public RoomJournalOptions Options { get; }

    public JournalDatabase Database { get; }

    public JournalMetrics Metrics { get; }

    public JournalWriter Writer { get; }

    public RoomStore Store { get; }

    /// <summary>How many writes each commit held, in order.</summary>
    public IReadOnlyList<int> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    /// <summary>Payload bytes committed so far: events, snapshots and finished drills.</summary>
    public long BytesCommitted => Interlocked.Read(ref _bytes);

    public Task CreateSchemaAsync() => Database.CreateSchemaAsync(CancellationToken.None);

    /// <summary>Runs one action on the room and appends what it emitted, as the room grain does.</summary>
    public async Task ActAsync(StoredRoom room, Func<Room, IReadOnlyList<StoredEvent>> action)
    {
        var before = room.State.Seq;
        var events = action(room.Room);
        await Store.AppendAsync(room, before, events);
    }

    public void Dispose()
    {
        _listener.Dispose();
        Writer.Dispose();
        _meters.Dispose();
        Database.Dispose();
    }
}

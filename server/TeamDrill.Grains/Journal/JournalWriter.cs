using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// Group commit: one thread takes every write that is waiting (and those that arrive within the commit
/// window after the first), runs them in one transaction and commits once, so many rooms share one fsync. Each caller's task completes only after the commit that holds its
/// write is durable; a write whose room moved on is refused alone, and a failed commit fails every write
/// in it (none of them is acknowledged).
/// </summary>
public sealed partial class JournalWriter : IDisposable
{
    private readonly JournalDatabase _database;
    private readonly JournalMetrics _metrics;
    private readonly ILogger<JournalWriter> _logger;
    private readonly int _maxBatch;
    private readonly TimeSpan _commitWindow;
    // A plain monitor queue: the writer sleeps as soon as it is idle (no spinning on a small machine).
    private readonly Queue<PendingAppend> _queue = new();
    private readonly Thread _thread;
    private bool _stopping;
    private DbConnection? _connection;
    private JournalStatements? _statements;

    public JournalWriter(
        JournalDatabase database, JournalMetrics metrics, ILogger<JournalWriter> logger, int maxBatch, TimeSpan commitWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitWindow, TimeSpan.Zero);
        _database = database;
        _metrics = metrics;
        _logger = logger;
        _maxBatch = maxBatch;
        _commitWindow = commitWindow;
        _thread = new Thread(Run) { IsBackground = true, Name = "TeamDrill journal writer" };
        _thread.Start();
    }

    /// <summary>
    /// Completes once <paramref name="append"/> is durable. Throws <see cref="JournalConflictException"/> when
    /// the room is not where the write expects, <see cref="JournalUnavailableException"/> when storage failed.
    /// </summary>
    public Task AppendAsync(JournalAppend append)
    {
        var pending = new PendingAppend(append);
        lock (_queue)
        {
            if (_stopping)
            {
                throw new JournalUnavailableException("The room journal is shutting down; try again in a moment.");
            }

            _queue.Enqueue(pending);
            if (_queue.Count == 1)
            {
                Monitor.Pulse(_queue);
            }
        }

        return pending.Done.Task;
    }

    public void Dispose()
    {
        lock (_queue)
        {
            _stopping = true;
            Monitor.PulseAll(_queue);
        }

        _thread.Join(TimeSpan.FromSeconds(10));
        Close();
    }

    private void Run()
    {
        var batch = new List<PendingAppend>(_maxBatch);
        while (TakeFirst(out var first))
        {
            // Let more writes gather for the commit window (one sleep, not a wake-up per arrival).
            if (_commitWindow > TimeSpan.Zero)
            {
                Thread.Sleep(_commitWindow);
            }

            batch.Add(first);
            lock (_queue)
            {
                while (batch.Count < _maxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            Write(batch);
            batch.Clear();
        }
    }

    /// <summary>Waits for a write; false once the writer is stopping and nothing is left.</summary>
    private bool TakeFirst(out PendingAppend first)
    {
        lock (_queue)
        {
            while (_queue.Count == 0 && !_stopping)
            {
                Monitor.Wait(_queue);
            }

            return _queue.TryDequeue(out first!);
        }
    }

    private void Write(List<PendingAppend> batch)
    {
        // One lock order for every writer, so two silos' batches never deadlock on the same rooms.
        batch.Sort(static (a, b) => string.CompareOrdinal(a.Append.Room, b.Append.Room));
        var started = Stopwatch.GetTimestamp();
        var written = new bool[batch.Count];
        try
        {
            var connection = _connection ??= _database.OpenWriter();
            _statements ??= new JournalStatements(connection);
            using (var transaction = connection.BeginTransaction())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    written[i] = _statements.TryWrite(transaction, batch[i].Append);
                }

                transaction.Commit();
            }
        }
        catch (Exception exception)
        {
            Close();
            LogCommitFailed(exception, batch.Count, _database.Name);
            _metrics.Failures.Add(batch.Count);
            var failure = new JournalUnavailableException(
                $"The {_database.Name} database could not store the room's action ({exception.Message}).", exception);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(failure);
            }

            return;
        }

        var commitMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _metrics.CommitMilliseconds.Record(commitMilliseconds);
        if (commitMilliseconds > SlowCommitMilliseconds)
        {
            LogSlowCommit(batch.Count, (long)commitMilliseconds);
        }

        _metrics.BatchSize.Record(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var append = batch[i].Append;
            if (written[i])
            {
                _metrics.BytesWritten.Add(append.Bytes);
                batch[i].Done.TrySetResult();
            }
            else
            {
                _metrics.Conflicts.Add(1);
                batch[i].Done.TrySetException(new JournalConflictException(append.Creates
                    ? $"Room {append.Room} is already stored."
                    : $"Room {append.Room} moved on in storage past event {append.ExpectedSeq}: another activation wrote to it."));
            }
        }
    }

    private void Close()
    {
        _statements?.Dispose();
        _statements = null;
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>A commit slower than this holds every waiting room's players; worth a line in the log.</summary>
    private const double SlowCommitMilliseconds = 1000;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The room journal took {Milliseconds} ms to commit {Count} writes; every room waiting on it waited that long (is the disk busy?)")]
    private partial void LogSlowCommit(int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The room journal could not commit {Count} writes to {Database}; each caller was told to retry")]
    private partial void LogCommitFailed(Exception exception, int count, string database);

    private sealed class PendingAppend(JournalAppend append)
    {
        public JournalAppend Append { get; } = append;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

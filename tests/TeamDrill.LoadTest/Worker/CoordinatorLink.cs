namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// A worker's side of the conversation with its coordinator over stdin and stdout: it says
/// <c>READY</c>, waits for <c>GO</c>, prints one <c>RESULT {json}</c> line, and keeps its connections
/// open until <c>BYE</c> (the coordinator reads the server's idle CPU meanwhile). Everything else a
/// worker prints goes to stderr. When stdin closes (the coordinator is gone) the worker stops.
/// </summary>
public sealed class CoordinatorLink : IDisposable
{
    public const string Ready = "READY";
    public const string Go = "GO";
    public const string ResultPrefix = "RESULT ";
    public const string Bye = "BYE";

    private readonly TaskCompletionSource _go = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _bye = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _gone = new();

    public CoordinatorLink()
    {
        // Console.In blocks even in its async methods, so a background thread does the reading.
        var reader = new Thread(ReadCommands) { IsBackground = true, Name = "coordinator link" };
        reader.Start();
    }

    public Task GoReceived => _go.Task;

    /// <summary>Completes on BYE, or when stdin closes.</summary>
    public Task ByeReceived => _bye.Task;

    /// <summary>Cancelled when stdin closes.</summary>
    public CancellationToken CoordinatorGone => _gone.Token;

    public static void Say(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }

    public void Dispose() => _gone.Dispose();

    private void ReadCommands()
    {
        while (Console.In.ReadLine() is { } line)
        {
            switch (line.Trim())
            {
                case Go:
                    _go.TrySetResult();
                    break;
                case Bye:
                    _bye.TrySetResult();
                    break;
            }
        }

        _go.TrySetCanceled();
        _bye.TrySetResult();
        try
        {
            _gone.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}

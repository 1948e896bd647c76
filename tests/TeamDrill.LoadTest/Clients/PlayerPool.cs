using System.Diagnostics;
using System.Net;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Clients;

/// <summary>
/// Signs in and connects many players a batch at a time: fast enough for thousands, without queueing
/// thousands of sign-ins (each a couple of grain writes, each an fsync) on the server at once.
/// </summary>
public sealed class PlayerPool(string url, int parallel) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = parallel,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestVersion = HttpVersion.Version11,
    };

    public async Task<Player[]> SignInAsync(IReadOnlyList<string> names, string what, CancellationToken cancellationToken)
    {
        var players = new Player[names.Count];
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, names.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                players[i] = await Player.SignInAsync(_http, url, names[i], ct);
                Progress(Interlocked.Increment(ref done), names.Count, what + " signed in", clock);
            });
        return players;
    }

    public async Task ConnectAsync(
        IReadOnlyList<Player> players, Action<Player, string, RoomEvent[]>? onEvents, string what, CancellationToken cancellationToken)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            players,
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (player, ct) =>
            {
                await player.ConnectAsync(onEvents, ct);
                Progress(Interlocked.Increment(ref done), players.Count, what + " connected", clock);
            });
    }

    public async Task DisconnectAsync(IReadOnlyList<Player> players, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(
            players,
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (player, _) => await player.DisposeAsync());

    public void Dispose() => _http.Dispose();

    /// <summary>A line at every tenth and at the end, on stderr, so a long setup shows it is moving.</summary>
    private static void Progress(int done, int total, string what, Stopwatch clock)
    {
        if (done == total || (total >= 100 && done % (total / 10) == 0))
        {
            Console.Error.WriteLine($"  {done}/{total} {what} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
    }
}

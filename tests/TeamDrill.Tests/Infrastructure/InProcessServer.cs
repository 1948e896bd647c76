using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>The real server (silo and hub) in this process, on free loopback ports, with SQLite in a folder.</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessServer(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Url = TeamDrillServer.Addresses(app).First();
    }

    /// <summary>The sign-in limit per address; tests leave it high unless they pass it.</summary>
    public const string SignInLimitFlag = "--sign-ins-per-address-per-minute";

    public string Url { get; }

    public string DataDirectory { get; }

    /// <summary>The host's services, for a test that asks a grain directly what no hub call shows (a player's remembered rooms).</summary>
    public IServiceProvider Services => _app.Services;

    public static Task<InProcessServer> StartAsync(string dataDirectory, params string[] extraArgs) =>
        StartAsync(dataDirectory, _ => { }, extraArgs);

    /// <summary>The server with extra services in its host, for instance an Orleans grain call filter that injects a fault.</summary>
    public static async Task<InProcessServer> StartAsync(string dataDirectory, Action<IServiceCollection> extraServices, params string[] extraArgs)
    {
        // The silo and gateway ports are picked free, but a test running alongside may take one first.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(dataDirectory, extraServices, extraArgs);
            }
            catch (Exception ex) when (attempt < 4 && IsAddressInUse(ex))
            {
            }
        }
    }

    private static bool IsAddressInUse(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
                || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<InProcessServer> StartOnceAsync(string dataDirectory, Action<IServiceCollection> extraServices, string[] extraArgs)
    {
        // A free loopback address, unless the test listens somewhere else.
        var args = extraArgs.Contains("--listen") ? new List<string>() : ["--listen", "http://127.0.0.1:0"];
        args.AddRange(
        [
            "--data", dataDirectory,
            "--silo-port", FreePorts.Next().ToString(),
            "--gateway-port", FreePorts.Next().ToString(),
            "--content", RepoPaths.Content,
        ]);
        args.AddRange(extraArgs);
        if (!extraArgs.Contains(SignInLimitFlag))
        {
            // Every test player signs in from loopback: the per-address limit is for tests that mean it.
            args.AddRange([SignInLimitFlag, "100000"]);
        }

        var errors = new StringWriter(new StringBuilder());
        var app = TeamDrillServer.TryBuild([.. args], TextWriter.Null, errors, out var exitCode, extraServices)
            ?? throw new InvalidOperationException($"Server did not build (exit {exitCode}): {errors}");
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new InProcessServer(app, dataDirectory);
    }

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        catch (ObjectDisposedException)
        {
        }

        await _app.DisposeAsync();
    }
}

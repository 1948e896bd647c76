using System.Text;
using Microsoft.AspNetCore.Builder;
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

    public string Url { get; }

    public string DataDirectory { get; }

    public static async Task<InProcessServer> StartAsync(string dataDirectory, params string[] extraArgs)
    {
        var args = new List<string>
        {
            "--listen", "http://127.0.0.1:0",
            "--data", dataDirectory,
            "--silo-port", FreePorts.Next().ToString(),
            "--gateway-port", FreePorts.Next().ToString(),
            "--content", RepoPaths.Content,
        };
        args.AddRange(extraArgs);
        var errors = new StringWriter(new StringBuilder());
        var app = TeamDrillServer.TryBuild([.. args], TextWriter.Null, errors, out var exitCode)
            ?? throw new InvalidOperationException($"Server did not build (exit {exitCode}): {errors}");
        await app.StartAsync();
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

using System.Diagnostics;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Hosting;

/// <summary>The real server executable, started with one bad value of each kind: it says which, and stops before touching anything.</summary>
public sealed class BadSettingStartTests
{
    [Theory]
    [InlineData("--call-time-limit", "abc", "CallTimeLimit (--call-time-limit) is 'abc'; it must be a duration such as 00:10:00.")]
    [InlineData("--role", "both", "Role (--role) is 'both'; it must be all, silo or edge.")]
    [InlineData("--storage", "mysql", "Storage (--storage) is 'mysql'; it must be sqlite or postgres.")]
    [InlineData("--max-room-members", "1000", "MaxRoomMembers (--max-room-members) is 1000; it must be between 3 and 100.")]
    [InlineData("--listen", "localhost:5080", "Listen (--listen) is 'localhost:5080'; it must be an http:// address such as http://127.0.0.1:5080.")]
    public async Task a_bad_flag_stops_the_server_with_one_sentence_and_no_data_folder(string flag, string value, string expected)
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");

        var (exitCode, output, error) = await RunServerAsync(["--data", data, flag, value], environment: []);

        Assert.NotEqual(0, exitCode);
        Assert.Equal(expected, error.Trim());
        Assert.Equal("", output.Trim());
        Assert.False(Directory.Exists(data), "the data folder was created");
    }

    [Fact]
    public async Task a_bad_environment_variable_is_named_the_same_way()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");

        var (exitCode, _, error) = await RunServerAsync(["--data", data], new() { ["TEAMDRILL__CALLTIMELIMIT"] = "ten minutes" });

        Assert.NotEqual(0, exitCode);
        Assert.Equal("CallTimeLimit (--call-time-limit) is 'ten minutes'; it must be a duration such as 00:10:00.", error.Trim());
        Assert.False(Directory.Exists(data), "the data folder was created");
    }

    /// <summary>Runs the built server executable until it stops by itself (it must refuse to start).</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunServerAsync(string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamdrill-server.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server did not stop on a bad setting: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}

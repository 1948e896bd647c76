using System.Diagnostics;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>One run of the built <c>teamdrill-server</c> as a command that exits (backup, restore), as an operator types it.</summary>
public sealed record ServerCommand(int ExitCode, string Output, string Error)
{
    public static async Task<ServerCommand> RunAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamdrill-server.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(patience.Token);
        return new ServerCommand(process.ExitCode, await output, await error);
    }
}

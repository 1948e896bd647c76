using System.Diagnostics;
using System.Text.Json;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Measurement;
using TeamDrill.LoadTest.Worker;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// The coordinator's handle on one worker: this tool started again with the <c>worker</c> command
/// (under taskset when pinning). Its stderr is passed through with a prefix; its stdout carries
/// READY and the RESULT line.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<WorkerResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _byeSent;

    private WorkerProcess(Process process, int id)
    {
        _process = process;
        Id = id;
        process.OutputDataReceived += (_, e) => OnStdout(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[worker {Id}] {e.Data}");
            }
        };
        process.Exited += (_, _) =>
        {
            // Exited can come before the last stdout lines are read; this wait lets them drain first.
            // After Dispose (the run is over and killed it) there is nothing left to report.
            int exitCode;
            try
            {
                process.WaitForExit();
                exitCode = process.ExitCode;
            }
            catch (InvalidOperationException)
            {
                return;
            }

            var failure = new InvalidOperationException($"Worker {Id} exited with code {exitCode} before it finished.");
            _ready.TrySetException(failure);
            _result.TrySetException(failure);
        };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id { get; }

    public Task Ready => _ready.Task;

    public Task<WorkerResult> Result => _result.Task;

    public static WorkerProcess Start(WorkerOptions options, CoreList? cores)
    {
        var info = Pinning.StartInfo(cores, "dotnet", [RepoPaths.ToolDll, .. options.ToArgs()]);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return new WorkerProcess(ChildProcesses.Start(info), options.WorkerId);
    }

    public void SendGo()
    {
        _process.StandardInput.WriteLine(CoordinatorLink.Go);
        _process.StandardInput.Flush();
    }

    /// <summary>Tells the worker to close its connections and exit.</summary>
    public void SendBye()
    {
        _byeSent = true;
        _process.StandardInput.WriteLine(CoordinatorLink.Bye);
        _process.StandardInput.Flush();
    }

    /// <summary>Gives a worker told BYE a few seconds to close politely, then kills whatever is left.</summary>
    public void Dispose()
    {
        if (_byeSent)
        {
            _process.WaitForExit(TimeSpan.FromSeconds(3));
        }

        ChildProcesses.Kill(_process);
        _process.Dispose();
    }

    private void OnStdout(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line == CoordinatorLink.Ready)
        {
            _ready.TrySetResult();
        }
        else if (line.StartsWith(CoordinatorLink.ResultPrefix, StringComparison.Ordinal))
        {
            try
            {
                var result = JsonSerializer.Deserialize<WorkerResult>(line[CoordinatorLink.ResultPrefix.Length..], WorkerResult.Json);
                _result.TrySetResult(result ?? throw new JsonException("empty result"));
            }
            catch (JsonException ex)
            {
                _result.TrySetException(new InvalidOperationException($"Worker {Id} sent a result that does not parse: {ex.Message}"));
            }
        }
        else
        {
            Console.Error.WriteLine($"[worker {Id}] {line}");
        }
    }
}

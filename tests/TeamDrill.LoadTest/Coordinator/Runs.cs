using System.Text.Json;
using TeamDrill.LoadTest.Cli;
using TeamDrill.LoadTest.Hosting;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>Runs what the options ask for and prints its report; exit 1 when the run itself failed.</summary>
public static class Runs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        try
        {
            // Growth and idle runs drive the server from this process: pin it where workers would go.
            if (options.Mode != RunMode.Load && options.Pinning.ClientCores is { } cores)
            {
                Pinning.PinThisProcess(cores);
            }

            IReport report = options.Mode switch
            {
                RunMode.Growth => await new GrowthRun(options).ExecuteAsync(cancellationToken),
                RunMode.Idle => await new IdleRun(options).ExecuteAsync(cancellationToken),
                _ => await new LoadCoordinator(options).ExecuteAsync(cancellationToken),
            };
            if (options.Json)
            {
                Console.Error.WriteLine(report.ToText());
                Console.Out.WriteLine(JsonSerializer.Serialize(report, report.GetType(), Json));
            }
            else
            {
                Console.Out.WriteLine(report.ToText());
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("! stopped; the server and workers were shut down.");
            return 130;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The finally blocks below this frame have already stopped the server and the workers.
            Console.Error.WriteLine($"! the run failed: {ex.Message}{(ex is InvalidOperationException or TimeoutException ? "" : $" ({ex.GetType().Name})")}");
            return 1;
        }
    }
}

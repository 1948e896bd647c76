using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamDrill.Grains.Journal;

/// <summary>Runs the journal database's housekeeping once a second, beside the writer (see <see cref="JournalDatabase.MaintainAsync"/>).</summary>
public sealed partial class JournalMaintenance(JournalDatabase database, ILogger<JournalMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await database.MaintainAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMaintenanceFailed(ex, database.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Housekeeping of the {Database} journal failed; it is tried again in a second")]
    private partial void LogMaintenanceFailed(Exception exception, string database);
}

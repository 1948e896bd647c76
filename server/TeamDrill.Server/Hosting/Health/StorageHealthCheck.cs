using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamDrill.Grains.Journal;

namespace TeamDrill.Server.Hosting.Health;

/// <summary>A silo is ready only while its database answers: without it no room can write.</summary>
public sealed class StorageHealthCheck(JournalDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken).WaitAsync(ReadinessChecks.Patience, cancellationToken);
            return HealthCheckResult.Healthy($"the {database.Name} database answers");
        }
        catch (Exception ex) when (ex is JournalUnavailableException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"the {database.Name} database does not answer: {ReadinessChecks.FirstLine(ex)}");
        }
    }
}

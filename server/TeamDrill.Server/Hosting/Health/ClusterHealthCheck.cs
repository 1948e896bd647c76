using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamDrill.Grains.Content;

namespace TeamDrill.Server.Hosting.Health;

/// <summary>
/// The edge is ready only while a silo answers it and has cards to deal: it asks the content grain,
/// which any silo serves, so one call proves the cluster is reachable and its content loaded.
/// </summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var cards = await grains.GetGrain<IContentGrain>(0).Briefs().WaitAsync(ReadinessChecks.Patience, cancellationToken);
            return cards.Count > 0
                ? HealthCheckResult.Healthy($"a silo answers with {cards.Count} cards")
                : HealthCheckResult.Unhealthy("a silo answers but has no cards to deal");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"no silo answers: {ReadinessChecks.FirstLine(ex)}");
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamDrill.Server.Hosting.Health;

/// <summary>Not ready until the host has started (a silo has joined, an edge has found the cluster) and while it stops.</summary>
public sealed class StartedHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !lifetime.ApplicationStarted.IsCancellationRequested ? HealthCheckResult.Unhealthy("still starting")
            : lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("stopping")
            : HealthCheckResult.Healthy("started"));
}

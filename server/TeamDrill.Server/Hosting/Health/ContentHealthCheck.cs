using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamDrill.Server.Hosting.Health;

/// <summary>A silo is ready only with cards loaded (start refuses invalid content, so this guards an empty folder).</summary>
public sealed class ContentHealthCheck(LoadedContent content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.CardCount > 0
            ? HealthCheckResult.Healthy($"{content.CardCount} cards loaded")
            : HealthCheckResult.Unhealthy($"no cards loaded from {string.Join(", ", content.Folders)}"));
}

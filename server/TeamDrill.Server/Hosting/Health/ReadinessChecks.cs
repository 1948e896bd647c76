using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Hosting.Health;

/// <summary>
/// <c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: this process can serve its role now
/// (started; a silo's storage answers and content is loaded; an edge reaches a silo with cards), else 503
/// naming each failing check. <c>/healthz</c> runs the same checks and answers "ok" and the role when ready.
/// </summary>
public static class ReadinessChecks
{
    private const string Ready = "ready";

    /// <summary>How long one check waits for an answer before it counts as failed.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public static void AddTeamDrillHealth(this IServiceCollection services, ClusteringOptions role)
    {
        var checks = services.AddHealthChecks().AddCheck<StartedHealthCheck>("started", tags: [Ready]);
        if (role.IsSilo)
        {
            checks.AddCheck<StorageHealthCheck>("storage", tags: [Ready]);
            checks.AddCheck<ContentHealthCheck>("content", tags: [Ready]);
        }

        if (role.Role == ServerRole.Edge)
        {
            checks.AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
        }
    }

    public static void MapTeamDrillHealth(this WebApplication app, ServerRole role)
    {
        var answer = $"ok {DeclaredSetting.Format(role)}";
        app.MapGet(EdgeRoutes.HealthLive, () => Results.Text("live"));
        app.MapHealthChecks(EdgeRoutes.HealthReady, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteAsync,
        });

        // The short form older probes and scripts read: "ok <role>" when ready, else the same report and 503.
        app.MapHealthChecks(EdgeRoutes.Health, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = (context, report) => report.Status == HealthStatus.Healthy
                ? context.Response.WriteAsync(answer)
                : WriteAsync(context, report),
        });
    }

    /// <summary>The first line of an error, without the driver's stack or inner detail.</summary>
    public static string FirstLine(Exception ex) => ex.Message.Split('\n', 2)[0].Trim();

    // One line per check, failing ones first: an operator reads it with curl.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status == HealthStatus.Healthy ? "ready\n" : "not ready\n");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Value.Status == HealthStatus.Healthy).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(entry.Status == HealthStatus.Healthy ? "ok   " : "FAIL ").Append(name).Append(": ").Append(entry.Description).Append('\n');
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}

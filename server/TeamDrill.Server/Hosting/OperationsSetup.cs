using System.Net;
using Orleans.Dashboard;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Rooms;
using TeamDrill.Server.Edge;

namespace TeamDrill.Server.Hosting;

/// <summary>The operator's view of a running server: the log format, <c>/metrics</c> and the Orleans dashboard.</summary>
public static class OperationsSetup
{
    public const string MetricsPath = "/metrics";

    public const string DashboardPath = "/dashboard";

    /// <summary>Our meters, exported to Prometheus; text or JSON console logs.</summary>
    public static WebApplicationBuilder AddTeamDrillOperations(this WebApplicationBuilder builder, OperationsOptions options)
    {
        if (options.LogFormat == LogFormat.Json)
        {
            // One JSON object a line, which log shippers read without a multi-line parser.
            builder.Logging.AddJsonConsole(json => json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false });
        }

        if (options.MetricsAccess != EndpointAccess.Off)
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("teamdrill-server"))
                .WithMetrics(metrics => metrics
                .AddMeter(EdgeMetrics.MeterName, RoomMetrics.MeterName, JournalMetrics.MeterName)
                .AddPrometheusExporter());
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c> and <c>/dashboard</c> when they are on, each behind its access rule.</summary>
    public static WebApplication MapTeamDrillOperations(this WebApplication app, OperationsOptions options)
    {
        var dashboard = options.Dashboard ? EndpointAccess.Loopback : EndpointAccess.Off;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var (name, access, flag) = path.StartsWithSegments(MetricsPath) ? ("/metrics", options.MetricsAccess, "--metrics anyone")
                : path.StartsWithSegments(DashboardPath) ? ("/dashboard", dashboard, "an SSH tunnel")
                : (null, EndpointAccess.Anyone, "");
            if (name is not null && access == EndpointAccess.Loopback && !IsLoopback(context.Connection.RemoteIpAddress))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync($"{name} answers only on this machine; reach it from elsewhere with {flag}.\n");
                return;
            }

            await next(context);
        });

        if (options.MetricsAccess != EndpointAccess.Off)
        {
            // The meters are created with their first user; made now, after the exporter listens, a scrape
            // shows every counter (at 0) from the start.
            _ = app.Services.GetRequiredService<MeterProvider>();
            _ = app.Services.GetService<EdgeMetrics>();
            _ = app.Services.GetService<RoomMetrics>();
            _ = app.Services.GetService<JournalMetrics>();
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        if (options.Dashboard)
        {
            app.MapOrleansDashboard(DashboardPath);
        }

        return app;
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}

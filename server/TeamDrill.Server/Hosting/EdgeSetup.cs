using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Server.Downloads;
using TeamDrill.Server.Edge;
using TeamDrill.Server.Edge.Watching;
using TeamDrill.Server.Web;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Hosting;

public static class EdgeSetup
{
    /// <summary>The SignalR hub (MessagePack protocol), token authentication and sign-in.</summary>
    public static WebApplicationBuilder AddTeamDrillEdge(this WebApplicationBuilder builder, EdgeOptions options)
    {
        var services = builder.Services;
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<RoomGrains>();
        services.AddSingleton<IRoomCatchUpSource>(sp => sp.GetRequiredService<RoomGrains>());
        services.AddSingleton<EdgeMetrics>();
        services.AddSingleton<RoomEventRouter>();
        services.AddSingleton<PlayerDirectory>();
        services.AddSingleton<DownloadCatalog>();
        services.AddSingleton<PlayerLookup>();
        services.AddSingleton<PlayerRecords>();
        services.AddSingleton<TokenConnections>();
        services.AddSingleton<TokenCheckFilter>();
        services.AddSingleton<OutboundSender>();
        services.AddSingleton<HubGuardFilter>();
        services.AddSingleton<WebAddresses>();
        services.AddSingleton<WrongCodeGuard>();
        services.AddSignInRateLimit(options.SignInsPerAddressPerMinute);
        services.AddSingleton<HubLifetimeManager<DrillHub>, EdgeLifetimeManager>();
        services.AddSingleton<RoomSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomSubscriptions>());
        services.AddHostedService<MemoryReclaimer>();
        services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, WatchAuthenticationHandler>(WatchAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = options.MaxReceiveMessageBytes;
                hub.AddFilter<HubGuardFilter>();
                hub.AddFilter<TokenCheckFilter>();
            })
            .AddMessagePackProtocol(mp =>
            {
                mp.SerializerOptions = WireFormat.Options;
            });
        return builder;
    }

    public static WebApplication MapTeamDrillEdge(this WebApplication app)
    {
        // Behind a TLS reverse proxy on this machine, links the edge hands out keep the proxy's https scheme.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapSignIn();
        app.MapDownloads();
        app.MapHub<DrillHub>(EdgeRoutes.Hub);
        app.MapTeamDrillWeb();
        return app;
    }
}

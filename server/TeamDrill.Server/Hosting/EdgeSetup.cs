using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.Authentication;
using TeamDrill.Server.Edge;
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
        services.AddSingleton<OutboundSender>();
        services.AddSingleton<HubGuardFilter>();
        services.AddSingleton<WrongCodeGuard>();
        services.AddSingleton<TokenConnectionLimit>();
        services.AddSignInRateLimit(options.SignInsPerAddressPerMinute);
        services.AddSingleton<HubLifetimeManager<DrillHub>, EdgeLifetimeManager>();
        services.AddSingleton<RoomSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomSubscriptions>());
        services.AddHostedService<MemoryReclaimer>();
        services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = options.MaxReceiveMessageBytes;
                hub.AddFilter<HubGuardFilter>();
            })
            .AddMessagePackProtocol(mp =>
            {
                mp.SerializerOptions = WireFormat.Options;
            });
        return builder;
    }

    public static WebApplication MapTeamDrillEdge(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapSignIn();
        app.MapHub<DrillHub>(EdgeRoutes.Hub);
        return app;
    }
}

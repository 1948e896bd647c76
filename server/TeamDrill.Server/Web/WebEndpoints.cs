using QRCoder;
using TeamDrill.Grains.Watching;
using TeamDrill.Server.Edge;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Web;

/// <summary>The edge's web pages: the join page at <c>/</c>, the projector view, the join QR code and their scripts.</summary>
public static class WebEndpoints
{
    public static WebApplication MapTeamDrillWeb(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = WebRoutes.Assets,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(WebAssets.Folder),
        });

        app.MapGet(WebRoutes.Home, (HttpContext http) =>
        {
            var addresses = WebAddresses.Of(http);
            return Results.Content(HomePage.Render(addresses.BaseFor(http.Request), addresses.Lan()), "text/html; charset=utf-8");
        });

        app.MapGet(WebRoutes.JoinQr, (HttpContext http) =>
        {
            var joinPage = WebAddresses.Of(http).BaseFor(http.Request) + "/";
            using var data = QRCodeGenerator.GenerateQrCode(joinPage, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff");
            return Results.Content(svg, "image/svg+xml");
        });

        app.MapGet(WebRoutes.WatchPattern, async (string code, string? key, IGrainFactory grains, HttpResponse response) =>
        {
            // Never from a cache: whether the link still works is decided now.
            response.Headers.CacheControl = "no-store";
            // Checked here as well as on the hub, so a wrong or revoked link gets a page that says so at once.
            if (!RoomCodes.TryNormalize(code, out var room) || string.IsNullOrEmpty(key) || key.Length > 200
                || !await grains.GetGrain<IWatchLinkGrain>(room).Matches(TokenHashing.Hash(key)))
            {
                return Results.Content(RefusalPage.Render(WatchLinkRefusal.Revoked), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            }

            return Results.File(Path.Combine(WebAssets.Folder, "watch.html"), "text/html; charset=utf-8");
        });
        return app;
    }
}

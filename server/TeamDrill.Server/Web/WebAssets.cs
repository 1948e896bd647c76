namespace TeamDrill.Server.Web;

/// <summary>
/// Where the pages' scripts and styles are: <c>wwwroot/web</c> beside the server binary, filled by the
/// build from <c>server/TeamDrill.Server/web/</c> and the SignalR client that <c>npm ci</c> installs there.
/// </summary>
public static class WebAssets
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "web");
}

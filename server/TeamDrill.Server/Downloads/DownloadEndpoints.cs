using System.Globalization;
using System.Net;
using System.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Downloads;

/// <summary>
/// <c>GET /download</c> lists the published clients (HTML, or JSON by <c>Accept: application/json</c> or
/// <c>?format=json</c>); <c>GET /download/{file}</c> serves one of them and nothing else.
/// </summary>
public static class DownloadEndpoints
{
    public const string PublishHint = "No clients are published here yet: run build/publish.sh in the TeamDrill repository, which writes them to {0}, or start the server with --downloads FOLDER.";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(EdgeRoutes.Downloads, (HttpRequest request, DownloadCatalog catalog) =>
        {
            var files = catalog.List();
            var hint = files.Count == 0 ? string.Format(CultureInfo.InvariantCulture, PublishHint, catalog.Folder) : null;
            return WantsJson(request)
                ? Results.Json(new DownloadListing(ProtocolVersion.AppVersion, ProtocolVersion.Current, files.Select(f => Entry(f)).ToList(), hint))
                : Results.Content(Html(files, hint), "text/html; charset=utf-8");
        });
        app.MapGet(EdgeRoutes.Downloads + "/{file}", (string file, DownloadCatalog catalog, HttpResponse response) =>
        {
            if (catalog.Find(file) is not { } path)
            {
                return Results.NotFound($"There is no file named '{Shown(file)}' to download here; {EdgeRoutes.Downloads} lists the files there are.");
            }

            response.Headers["X-Content-SHA256"] = catalog.Describe(path).Sha256;
            return Results.File(path, "application/octet-stream", Path.GetFileName(path), enableRangeProcessing: true);
        });
        return app;
    }

    private static bool WantsJson(HttpRequest request) =>
        string.Equals(request.Query["format"], "json", StringComparison.OrdinalIgnoreCase)
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    private static DownloadListing.File Entry(DownloadFile file) =>
        new(file.Name, file.Size, file.Sha256, $"{EdgeRoutes.Downloads}/{Uri.EscapeDataString(file.Name)}");

    // A name typed into the address bar is echoed back: keep it short and printable.
    private static string Shown(string name)
    {
        var printable = new string(name.Where(c => !char.IsControl(c)).Take(80).ToArray());
        return printable.Length < name.Length ? printable + "..." : printable;
    }

    private static string Html(IReadOnlyList<DownloadFile> files, string? hint)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TeamDrill downloads</title></head><body>");
        page.Append(CultureInfo.InvariantCulture, $"<h1>TeamDrill {WebUtility.HtmlEncode(ProtocolVersion.AppVersion)} downloads</h1>");
        if (hint is not null)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(hint)}</p>");
        }
        else
        {
            page.Append("<p>Download the file for your system, run it, and sign in with this server's address and your room's code.</p>");
            page.Append("<table><thead><tr><th>file</th><th>bytes</th><th>SHA-256</th></tr></thead><tbody>");
            foreach (var file in files)
            {
                var name = WebUtility.HtmlEncode(file.Name);
                page.Append(CultureInfo.InvariantCulture,
                    $"<tr><td><a href=\"{EdgeRoutes.Downloads}/{Uri.EscapeDataString(file.Name)}\">{name}</a></td><td>{file.Size}</td><td><code>{file.Sha256}</code></td></tr>");
            }

            page.Append("</tbody></table>");
        }

        page.Append("</body></html>");
        return page.ToString();
    }
}

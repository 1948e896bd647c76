using System.Net;

namespace TeamDrill.Server.Web;

/// <summary>A plain page with one sentence, for a link that does not work.</summary>
public static class RefusalPage
{
    public static string Render(string sentence) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>TeamDrill: link not valid</title>
        <link rel="stylesheet" href="/web/site.css">
        </head>
        <body>
        <main>
        <h1>TeamDrill</h1>
        <p id="refusal" class="refusal">{WebUtility.HtmlEncode(sentence)}</p>
        <p><a href="/">How to join TeamDrill</a></p>
        </main>
        </body>
        </html>
        """;
}

using System.Net;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Server.Web;

/// <summary>
/// The page at <c>/</c>: what TeamDrill is, how to get the client, how to join (this server's address and a
/// room code), and the address to use on the team's network. Rendered here so it works without scripts;
/// the download list is filled in by <c>/web/home.js</c> from <c>/download?format=json</c> when the server has clients to hand out.
/// </summary>
public static class HomePage
{
    /// <param name="address">The address to give trainees, e.g. http://192.168.1.20:5080.</param>
    /// <param name="lan">Every address other machines can use; empty when the server listens on loopback only.</param>
    public static string Render(string address, IReadOnlyList<string> lan)
    {
        var server = Html(address);
        var network = lan.Count == 0
            ? """
              <p id="network-note">This server listens on this machine only. For a team on one network, start it with
              <code>--listen http://0.0.0.0:5080</code> and give everyone this machine's network address.</p>
              """
            : $"""
              <p id="network-note">On this network, use <strong>{Html(lan[0])}</strong>{(lan.Count > 1 ? " (or " + string.Join(", ", lan.Skip(1).Select(Html)) + ")" : "")}.</p>
              """;
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>TeamDrill</title>
            <link rel="stylesheet" href="/web/site.css">
            </head>
            <body>
            <main>
            <h1>TeamDrill</h1>
            <p class="lead">Practice difficult customer calls as a team. One trainee plays the customer from a prompt card,
            another takes the call as the agent, and everyone else scores the call live. Then the whole team sees the debrief:
            the score, how far the scorers agreed, and how the customer's anger rose and fell.</p>

            <section id="get-client">
            <h2>1. Get the client</h2>
            <p>Download the <code>teamdrill</code> program for your computer from <a href="/download">the downloads page</a>.
            It is one file and needs nothing else installed.</p>
            <ul id="downloads"></ul>
            </section>

            <section id="join-steps">
            <h2>2. Join a room</h2>
            <ol>
            <li>Run <code>teamdrill</code> (full screen) or <code>teamdrill console --server {{server}} --name YOUR-NAME</code> (line by line).</li>
            <li>Server address: <strong id="server-address">{{server}}</strong></li>
            <li>Room code: the code your host reads out ({{RoomCodes.Shape}}). Type it at sign-in, or <code>/join CODE</code> in the console.</li>
            </ol>
            {{network.Trim()}}
            </section>

            <section id="host-steps">
            <h2>3. Hosting?</h2>
            <p>Create the room (<code>/create</code>), give roles and start the drill. To put the drill on the meeting-room screen,
            type <code>/projector</code> (or press <kbd>w</kbd> in the lobby) and open the link it gives on the screen's computer.</p>
            </section>
            </main>
            <script src="/web/home.js" defer></script>
            </body>
            </html>
            """;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}

using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Session;

/// <summary>Where and as whom to sign in, checked the same way by every front end before anything is sent.</summary>
public sealed record SignInTarget(Uri Server, string Name)
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    /// <summary>Null when the server address and name will do, else the sentence that says what is wrong.</summary>
    public static string? Check(string serverText, string? nameText, SignInWording wording, out SignInTarget target)
    {
        var name = TextSanitizer.Clean(nameText);
        target = new SignInTarget(new Uri("http://invalid/"), name);
        if (!TryParseServer(serverText, out var server, out var serverProblem, wording.Server))
        {
            return serverProblem;
        }

        if (name.Length == 0)
        {
            return wording.NameMissing;
        }

        if (name.Length > DrillLimits.MaxNameLength)
        {
            return $"{wording.Name} is too long: {name.Length} characters (the limit is {DrillLimits.MaxNameLength})";
        }

        target = new SignInTarget(server, name);
        return null;
    }

    /// <summary>The server address as the player typed it, or a message saying what is wrong with it.</summary>
    public static bool TryParseServer(string text, out Uri server, out string error, string field = "--server")
    {
        error = "";
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            // A trailing slash makes relative routes append instead of replace a path segment.
            server = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            return true;
        }

        server = new Uri("http://invalid/");
        error = $"{field} must be an http:// or https:// address, like {DefaultServer} (got '{TextSanitizer.Clean(text)}')";
        return false;
    }

    /// <summary>The address as sentences show it: no trailing slash.</summary>
    public string ServerText => Server.ToString().TrimEnd('/');
}

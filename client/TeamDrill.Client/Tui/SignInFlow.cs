using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Tui;

/// <summary>
/// From a filled sign-in form to a connected session: checks the form, signs in over HTTP, connects to
/// the hub and joins the room when a code was given. Every failure comes back as a sentence to show.
/// All awaits are asynchronous: nothing here blocks the UI thread.
/// </summary>
/// <param name="protocolVersion">The protocol version to claim: the current one, but in tests.</param>
public sealed class SignInFlow(ClientConfigStore configStore, int protocolVersion = ProtocolVersion.Current)
{
    private static readonly SignInWording Wording = new("the server", "your name", "type your name: the display name the others see");

    /// <summary>The outcome; <see cref="MustUpgrade"/> when the server speaks another protocol version and <see cref="Error"/> says what to download.</summary>
    public sealed record Result(DrillConnection? Connection, SeenRoom? Joined, string? Error, bool MustUpgrade = false);

    public static string? Check(SignInForm form, out Uri server, out string name, out string? code)
    {
        var problem = Check(form, out SignInTarget target, out code);
        (server, name) = (target.Server, target.Name);
        return problem;
    }

    private static string? Check(SignInForm form, out SignInTarget target, out string? code)
    {
        code = null;
        if (SignInTarget.Check(form.Server, form.Name, Wording, out target) is { } problem)
        {
            return problem;
        }

        if (form.RoomCode.Length > 0)
        {
            if (!RoomCodes.TryNormalize(form.RoomCode, out var parsed))
            {
                return $"a join code is {RoomCodes.Shape} (got '{TextSanitizer.Clean(form.RoomCode)}')";
            }

            code = parsed;
        }

        return null;
    }

    public async Task<Result> RunAsync(SignInForm form, CancellationToken cancellationToken = default)
    {
        if (Check(form, out SignInTarget target, out var code) is { } problem)
        {
            return new Result(null, null, problem);
        }

        DrillConnection connection;
        try
        {
            var signedIn = await SignInClient.SignInAsync(configStore, target, null, cancellationToken, protocolVersion);
            connection = new DrillConnection(new ServerConnection(target, signedIn));
        }
        catch (SignInException e)
        {
            return new Result(null, null, e.Message, e.Status == System.Net.HttpStatusCode.UpgradeRequired);
        }

        try
        {
            await connection.StartAsync(cancellationToken);
        }
        catch (SignInException e)
        {
            await connection.DisposeAsync();
            return new Result(null, null, e.Message);
        }

        if (code is null)
        {
            return new Result(connection, null, null);
        }

        try
        {
            var joined = await connection.Session.JoinRoomAsync(code);
            return new Result(connection, joined, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await connection.DisposeAsync();
            return new Result(null, null, $"could not join room {code}: {HubErrorText.From(e)}");
        }
    }
}

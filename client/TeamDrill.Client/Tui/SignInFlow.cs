using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Tui;

/// <summary>
/// From a filled sign-in form to a connected session: checks the form, signs in over HTTP, connects to
/// the hub and joins the room when a code was given. Every failure comes back as a sentence to show.
/// All awaits are asynchronous: nothing here blocks the UI thread.
/// </summary>
public sealed class SignInFlow(ClientConfigStore configStore)
{
    public sealed record Result(DrillConnection? Connection, RoomState? Joined, string? Error);

    public static string? Check(SignInForm form, out Uri server, out string name, out string? code)
    {
        name = TextSanitizer.Clean(form.Name);
        code = null;
        if (!SignInClient.TryParseServer(form.Server, out server, out var serverError))
        {
            return serverError.Replace("--server", "the server", StringComparison.Ordinal);
        }

        if (name.Length == 0)
        {
            return "type your name: the display name the others see";
        }

        if (name.Length > DrillLimits.MaxNameLength)
        {
            return $"your name is too long: {name.Length} characters (the limit is {DrillLimits.MaxNameLength})";
        }

        if (form.RoomCode.Length > 0)
        {
            if (!CommandParser.TryParseRoomCode(form.RoomCode, out var parsed))
            {
                return $"a join code is {DrillLimits.RoomCodeLength} letters or digits, like ABC123 (got '{TextSanitizer.Clean(form.RoomCode)}')";
            }

            code = parsed;
        }

        return null;
    }

    public async Task<Result> RunAsync(SignInForm form, CancellationToken cancellationToken = default)
    {
        if (Check(form, out var server, out var name, out var code) is { } problem)
        {
            return new Result(null, null, problem);
        }

        SignInResponse signedIn;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            try
            {
                signedIn = await new SignInClient(http, configStore).SignInAsync(server, name, cancellationToken);
            }
            catch (SignInException e)
            {
                return new Result(null, null, e.Message);
            }
        }

        var connection = new DrillConnection(server, signedIn);
        try
        {
            await connection.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            return new Result(null, null, $"cannot connect to the server at {server.ToString().TrimEnd('/')}: {HubErrorText.From(e)}");
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

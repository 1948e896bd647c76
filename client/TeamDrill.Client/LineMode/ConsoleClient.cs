using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.LineMode;

/// <summary>
/// <c>teamdrill console</c>: sign in, connect, optionally join a room, then run the line loop until
/// /quit or end of input. Everything goes to <c>output</c>; errors start with <c>! </c>.
/// </summary>
public static class ConsoleClient
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(
        ConsoleOptions options,
        TextReader input,
        TextWriter output,
        ClientConfigStore configStore,
        CancellationToken cancellationToken = default)
    {
        var saved = configStore.Load(problem => output.WriteLine($"! {problem}"));
        var serverText = options.Server ?? saved.LastServer ?? DefaultServer;
        if (!SignInClient.TryParseServer(serverText, out var server, out var serverError))
        {
            output.WriteLine($"! {serverError}");
            return 1;
        }

        var name = TextSanitizer.Clean(options.Name ?? saved.LastName);
        if (name.Length == 0)
        {
            output.WriteLine("! --name is required: the display name others see (up to 32 characters)");
            return 1;
        }

        if (name.Length > DrillLimits.MaxNameLength)
        {
            output.WriteLine($"! --name is too long: {name.Length} characters (the limit is {DrillLimits.MaxNameLength})");
            return 1;
        }

        string? room = null;
        if (options.Room is { } roomText && !CommandParser.TryParseRoomCode(roomText, out room))
        {
            output.WriteLine($"! --room must be {DrillLimits.RoomCodeLength} letters or digits, like ABC123");
            return 1;
        }

        SignInResponse signedIn;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) })
        {
            var signIn = new SignInClient(http, configStore);
            signIn.ConfigProblem += (_, e) => output.WriteLine($"! {e.Message}");
            try
            {
                signedIn = await signIn.SignInAsync(server, name, cancellationToken).ConfigureAwait(false);
            }
            catch (SignInException e)
            {
                output.WriteLine($"! {e.Message}");
                return 1;
            }
        }

        output.WriteLine($"signed in as {TextSanitizer.Clean(signedIn.Name)}");

        await using var connection = new DrillConnection(server, signedIn);
        using var loop = new ConsoleLoop(connection.Session, output);
        try
        {
            await connection.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.WriteLine($"! cannot connect to the hub at {server}: {HubErrorText.From(e)}");
            return 1;
        }

        if (room is not null)
        {
            await loop.HandleLineAsync($"/join {room}").ConfigureAwait(false);
        }

        try
        {
            await loop.RunAsync(input, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: leave quietly, like end of input.
        }

        return 0;
    }
}

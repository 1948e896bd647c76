using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.LineMode;

/// <summary>
/// <c>teamdrill console</c>: sign in, connect, optionally join a room, then run the line loop until
/// /quit or end of input. Everything goes to <c>output</c>; errors start with <c>! </c>.
/// </summary>
public static class ConsoleClient
{
    private static readonly SignInWording Wording = new("--server", "--name", "--name is required: the display name others see (up to 32 characters)");

    public static async Task<int> RunAsync(
        ConsoleOptions options,
        TextReader input,
        TextWriter output,
        ClientConfigStore configStore,
        CancellationToken cancellationToken = default)
    {
        void Problem(string problem) => output.WriteLine($"! {problem}");

        var saved = configStore.Load(Problem);
        if (SignInTarget.Check(options.Server ?? saved.LastServer ?? SignInTarget.DefaultServer, options.Name ?? saved.LastName, Wording, out var target) is { } wrong)
        {
            Problem(wrong);
            return 1;
        }

        string? room = null;
        if (options.Room is { } roomText && !RoomCodes.TryNormalize(roomText, out room))
        {
            Problem($"--room must be {RoomCodes.Shape}");
            return 1;
        }

        SignInResponse signedIn;
        try
        {
            signedIn = await SignInClient.SignInAsync(configStore, target, Problem, cancellationToken).ConfigureAwait(false);
        }
        catch (SignInException e)
        {
            Problem(e.Message);
            return 1;
        }

        output.WriteLine($"signed in as {TextSanitizer.Clean(signedIn.Name)}");

        await using var connection = new DrillConnection(new ServerConnection(target, signedIn));
        using var loop = new ConsoleLoop(connection.Session, output);
        try
        {
            await connection.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SignInException e)
        {
            Problem(e.Message);
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

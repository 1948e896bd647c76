using System.CommandLine;
using System.Net;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Players;

/// <summary>
/// <c>teamdrill signout</c>: ends this machine's sign-in on the server (its token is refused from then on,
/// and its open connections close) and forgets the token here. Exit 0 when signed out, 1 when it could not be.
/// </summary>
public static class SignOutCommand
{
    private static readonly SignInWording Wording = new("--server", "--name", "--name is needed: the display name you signed in with");

    public static Command Build(ClientConfigStore store)
    {
        var server = new Option<string?>("--server") { Description = $"server address (default: the last one used, else {SignInTarget.DefaultServer})" };
        var name = new Option<string?>("--name") { Description = "the display name to sign out (default: the last one used)" };
        var command = new Command("signout", "End this machine's sign-in on the server and forget its token") { server, name };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(parsed.GetValue(server), parsed.GetValue(name), store, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        string? serverText, string? nameText, ClientConfigStore store, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var config = store.Load();
        if (SignInTarget.Check(serverText ?? config.LastServer ?? SignInTarget.DefaultServer, nameText ?? config.LastName, Wording, out var target) is { } problem)
        {
            await error.WriteLineAsync($"! {problem}");
            return 2;
        }

        if (config.FindPlayer(target.Server.ToString(), target.Name) is not { } saved)
        {
            await error.WriteLineAsync($"! not signed in to {target.ServerText} as {target.Name}: nothing to sign out");
            return 1;
        }

        string said;
        try
        {
            await using var connection = new ServerConnection(target, new SignInResponse(saved.PlayerId, saved.Name, saved.Token));
            await connection.StartAsync(cancellationToken);
            await connection.Hub.SignOut();
            said = $"signed out {target.Name} at {target.ServerText}";
        }
        catch (SignInException e) when (e.InnerException is HttpRequestException { StatusCode: HttpStatusCode.Unauthorized })
        {
            said = $"the server at {target.ServerText} had already ended this sign-in";
        }
        catch (SignInException e)
        {
            await error.WriteLineAsync($"! {e.Message}; the sign-in is still saved here, so run signout again when the server answers");
            return 1;
        }

        store.Save(store.Load().Forget(target.Server.ToString(), target.Name));
        await output.WriteLineAsync($"{said}; forgot its token here");
        return 0;
    }
}

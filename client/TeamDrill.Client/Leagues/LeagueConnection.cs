using Microsoft.AspNetCore.SignalR;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary>
/// One facilitator command's trip to the server, on the same sign-in and connection as the players'
/// clients: typed calls, and a call made while the connection is down waits for it to come back.
/// Refusals come back as <see cref="LeagueRefusedException"/>.
/// </summary>
public sealed class LeagueConnection : IAsyncDisposable
{
    public static readonly TimeSpan DefaultReconnectLimit = TimeSpan.FromSeconds(30);

    private static readonly SignInWording Wording = new("--server", "--name", "--name is needed the first time: the display name you sign in with");

    private readonly ServerConnection _server;

    private LeagueConnection(ServerConnection server) => _server = server;

    public SignInResponse Identity => _server.Identity;

    public bool IsConnected => _server.IsConnected;

    /// <summary>How long a call waits for a dropped connection to come back before the command gives up.</summary>
    public TimeSpan ReconnectLimit { get; set; } = DefaultReconnectLimit;

    public static async Task<LeagueConnection> OpenAsync(string? serverText, string? nameText, ClientConfigStore store, CancellationToken cancellationToken)
    {
        var saved = store.Load();
        if (SignInTarget.Check(serverText ?? saved.LastServer ?? SignInTarget.DefaultServer, nameText ?? saved.LastName, Wording, out var target) is { } problem)
        {
            throw new LeagueUsageException(problem);
        }

        var server = default(ServerConnection);
        try
        {
            var identity = await SignInClient.SignInAsync(store, target, null, cancellationToken);
            server = new ServerConnection(target, identity);
            await server.StartAsync(cancellationToken);
            return new LeagueConnection(server);
        }
        catch (SignInException e)
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            throw new LeagueRefusedException(e.Message);
        }
    }

    public async Task<T> CallAsync<T>(Func<HubDrillProxy, Task<T>> call, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + ReconnectLimit;
        while (true)
        {
            if (!await _server.WaitUntilConnectedAsync(deadline - DateTimeOffset.UtcNow, cancellationToken))
            {
                throw new LeagueRefusedException(
                    $"lost the connection to the server at {_server.Target.ServerText} and it did not come back within {ReconnectLimit.TotalSeconds:0} s");
            }

            try
            {
                return await call(_server.Hub);
            }
            catch (HubException e)
            {
                throw new LeagueRefusedException(HubErrorText.From(e));
            }
            catch (InvalidOperationException e) when (e.Message.Contains("not active", StringComparison.OrdinalIgnoreCase))
            {
                // It dropped between the check and the send: nothing reached the server, so wait and send it again.
            }
            catch (Exception e) when (e is InvalidOperationException or IOException
                || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // It dropped during the call: whether the server acted is unknown, so the call is not sent twice.
                throw new LeagueRefusedException(HubErrorText.From(e));
            }
        }
    }

    public Task CallAsync(Func<HubDrillProxy, Task> call, CancellationToken cancellationToken = default) =>
        CallAsync(async hub =>
        {
            await call(hub);
            return true;
        }, cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

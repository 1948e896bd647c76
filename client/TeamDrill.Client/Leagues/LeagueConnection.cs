using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Leagues;

/// <summary>
/// One facilitator command's trip to the server: sign in with the saved token (as the console client
/// does), open the hub, make the call, close. Refusals come back as <see cref="LeagueRefusedException"/>.
/// </summary>
public sealed class LeagueConnection : IAsyncDisposable
{
    private readonly HubConnection _hub;

    private LeagueConnection(HubConnection hub, SignInResponse identity)
    {
        _hub = hub;
        Identity = identity;
    }

    public SignInResponse Identity { get; }

    public static async Task<LeagueConnection> OpenAsync(string? serverText, string? nameText, ClientConfigStore store, CancellationToken cancellationToken)
    {
        var saved = store.Load();
        if (!SignInClient.TryParseServer(serverText ?? saved.LastServer ?? ConsoleClient.DefaultServer, out var server, out var problem))
        {
            throw new LeagueUsageException(problem);
        }

        var name = TextSanitizer.Clean(nameText ?? saved.LastName);
        if (name.Length == 0)
        {
            throw new LeagueUsageException("--name is needed the first time: the display name you sign in with");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        SignInResponse identity;
        try
        {
            identity = await new SignInClient(http, store).SignInAsync(server, name, cancellationToken);
        }
        catch (SignInException e)
        {
            throw new LeagueRefusedException(e.Message);
        }

        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server, EdgeRoutes.Hub), o => o.AccessTokenProvider = () => Task.FromResult<string?>(identity.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        try
        {
            await hub.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            await hub.DisposeAsync();
            throw new LeagueRefusedException($"cannot open the hub at {server.ToString().TrimEnd('/')}: {e.Message}");
        }

        return new LeagueConnection(hub, identity);
    }

    public async Task<T> Call<T>(string method, params object?[] args)
    {
        try
        {
            return await _hub.InvokeCoreAsync<T>(method, args);
        }
        catch (HubException e)
        {
            throw new LeagueRefusedException(HubErrorText.From(e));
        }
    }

    public async Task Call(string method, params object?[] args)
    {
        try
        {
            await _hub.InvokeCoreAsync(method, args);
        }
        catch (HubException e)
        {
            throw new LeagueRefusedException(HubErrorText.From(e));
        }
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();
}

using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest.Clients;

/// <summary>One signed-in player with (once connected) one hub connection, as a real client has.</summary>
public sealed class Player : IAsyncDisposable
{
    private readonly string _url;
    private HubConnection? _hub;
    private int _closedUnasked;
    private volatile bool _disposing;

    private Player(string url, SignInResponse identity)
    {
        _url = url;
        Id = identity.PlayerId;
        Name = identity.Name;
        Token = identity.Token;
    }

    public string Id { get; }

    public string Name { get; }

    public string Token { get; }

    public HubConnection Hub => _hub ?? throw new InvalidOperationException($"{Name} is not connected.");

    /// <summary>How often the connection closed without this tool asking (the server dropped it, or it failed).</summary>
    public int ClosedUnasked => Volatile.Read(ref _closedUnasked);

    public static async Task<Player> SignInAsync(HttpClient http, string url, string name, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url + EdgeRoutes.SignIn, new SignInRequest(name), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Sign-in of {name} failed: {(int)response.StatusCode} {body}");
        }

        var identity = await response.Content.ReadFromJsonAsync<SignInResponse>(cancellationToken)
            ?? throw new InvalidOperationException($"Sign-in of {name} returned no body.");
        return new Player(url, identity);
    }

    /// <summary>
    /// Opens the hub connection. WebSockets without the negotiate round trip (the token goes in the
    /// query, which the server accepts): one socket per player instead of two, which matters when
    /// thousands of connections share one machine's file descriptors and ports.
    /// </summary>
    public async Task ConnectAsync(Action<Player, string, RoomEvent[]>? onEvents, CancellationToken cancellationToken)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(_url + EdgeRoutes.Hub, HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(Token);
            })
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        if (onEvents is not null)
        {
            hub.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (room, events) => onEvents(this, room, events));
        }

        hub.Closed += _ =>
        {
            if (!_disposing)
            {
                Interlocked.Increment(ref _closedUnasked);
            }

            return Task.CompletedTask;
        };
        _hub = hub;
        await hub.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is { } hub)
        {
            _disposing = true;
            _hub = null;
            await hub.DisposeAsync();
        }
    }
}

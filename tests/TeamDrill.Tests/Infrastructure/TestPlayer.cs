using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A player on a real SignalR connection (MessagePack) that records every event its connection
/// received, so a test can assert what each person actually saw.
/// </summary>
public sealed class TestPlayer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);
    private readonly List<(string Room, RoomEvent Event)> _received = [];
    private readonly List<(Func<RoomEvent, bool> Match, TaskCompletionSource<RoomEvent> Done)> _waiters = [];
    private readonly string _url;
    private HubConnection _connection;

    private TestPlayer(string url, SignInResponse identity)
    {
        _url = url;
        Identity = identity;
        _connection = Connect();
    }

    public SignInResponse Identity { get; }

    public string Id => Identity.PlayerId;

    public string Name => Identity.Name;

    public HubConnection Hub => _connection;

    public IReadOnlyList<RoomEvent> Received
    {
        get
        {
            lock (_received)
            {
                return _received.Select(r => r.Event).ToList();
            }
        }
    }

    public static async Task<TestPlayer> SignInAsync(string url, string name, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name, token));
        response.EnsureSuccessStatusCode();
        var identity = (await response.Content.ReadFromJsonAsync<SignInResponse>())!;
        var player = new TestPlayer(url, identity);
        await player._connection.StartAsync();
        return player;
    }

    /// <summary>Drops the connection and opens a new one with the same token (what a client does after a network blip).</summary>
    public async Task ReconnectAsync()
    {
        _connection = Connect();
        await _connection.StartAsync();
    }

    public async Task DropAsync() => await _connection.DisposeAsync();

    public Task<T> WaitFor<T>(Func<T, bool>? match = null, TimeSpan? timeout = null)
        where T : RoomEvent
    {
        TaskCompletionSource<RoomEvent> done;
        lock (_received)
        {
            var seen = _received.Select(r => r.Event).OfType<T>().FirstOrDefault(e => match?.Invoke(e) ?? true);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            done = new TaskCompletionSource<RoomEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((e => e is T t && (match?.Invoke(t) ?? true), done));
        }

        return Wait<T>(done, timeout ?? DefaultWait);
    }

    public IReadOnlyList<T> ReceivedOf<T>() where T : RoomEvent => Received.OfType<T>().ToList();

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private async Task<T> Wait<T>(TaskCompletionSource<RoomEvent> done, TimeSpan timeout)
        where T : RoomEvent
    {
        var finished = await Task.WhenAny(done.Task, Task.Delay(timeout));
        if (finished != done.Task)
        {
            throw new TimeoutException($"{Name} did not receive a {typeof(T).Name} within {timeout.TotalSeconds} s; received: "
                + string.Join(", ", Received.Select(e => $"{e.Seq}:{e.GetType().Name}")));
        }

        return (T)await done.Task;
    }

    private HubConnection Connect()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(_url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(Identity.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        connection.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (room, events) =>
        {
            lock (_received)
            {
                foreach (var roomEvent in events)
                {
                    _received.Add((room, roomEvent));
                    foreach (var waiter in _waiters.Where(w => w.Match(roomEvent)).ToList())
                    {
                        _waiters.Remove(waiter);
                        waiter.Done.TrySetResult(roomEvent);
                    }
                }
            }
        });
        return connection;
    }
}

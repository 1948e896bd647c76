using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.LoadTest;

/// <summary>A scripted player that records, for each message it receives, how long it took to arrive.</summary>
public sealed class LoadPlayer : IAsyncDisposable
{
    private readonly List<double> _latenciesMs = [];
    private int _expected;
    private TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoadPlayer(HubConnection hub, string name)
    {
        Hub = hub;
        Name = name;
    }

    public HubConnection Hub { get; }

    public string Name { get; }

    public IReadOnlyList<double> LatenciesMs
    {
        get
        {
            lock (_latenciesMs)
            {
                return [.. _latenciesMs];
            }
        }
    }

    public static async Task<LoadPlayer> SignInAsync(string url, string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var identity = (await (await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name))).Content.ReadFromJsonAsync<SignInResponse>())!;
        var hub = new HubConnectionBuilder()
            .WithUrl(url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(identity.Token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        var player = new LoadPlayer(hub, name);
        hub.On<string, RoomEvent[]>(HubCallbacks.ReceiveEvents, (_, events) => player.OnEvents(events));
        await hub.StartAsync();
        return player;
    }

    /// <summary>Expect <paramref name="count"/> timed messages from now on.</summary>
    public Task Expect(int count)
    {
        _expected = count;
        _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _allArrived.Task;
    }

    public async ValueTask DisposeAsync() => await Hub.DisposeAsync();

    private void OnEvents(RoomEvent[] events)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var e in events)
        {
            // Timed messages carry the sender's Stopwatch timestamp: same process, same clock.
            if (e is MessagePosted posted && posted.Message.Text.StartsWith("t=", StringComparison.Ordinal)
                && long.TryParse(posted.Message.Text.AsSpan(2, posted.Message.Text.IndexOf(' ') - 2), out var sent))
            {
                lock (_latenciesMs)
                {
                    _latenciesMs.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                    if (_latenciesMs.Count >= _expected)
                    {
                        _allArrived.TrySetResult();
                    }
                }
            }
        }
    }
}

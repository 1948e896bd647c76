using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Failover;

/// <summary>
/// The real client library (ServerConnection, DrillConnection, HubDrillProxy) keeps talking while the
/// server is killed with kill -9 and started again at the same address: every call whose answer was lost
/// goes again with its action id, and every line appears in the room exactly once.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RetriedActionCrashTests(ITestOutputHelper output)
{
    private const int Kills = 3;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(60);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task lines_in_flight_when_the_server_is_killed_are_resent_and_appear_exactly_once()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(data.Path);
        var url = server.Url;
        var clients = new List<ServerConnection>();
        var senders = new List<LineSender>();
        try
        {
            var (ana, anaServer) = await ConnectAsync(url, "Ana", clients);
            var (ben, benServer) = await ConnectAsync(url, "Ben", clients);
            var (cy, cyServer) = await ConnectAsync(url, "Cy", clients);
            var code = (await ana.Session.CreateRoomAsync()).Code;
            await ben.Session.JoinRoomAsync(code);
            await cy.Session.JoinRoomAsync(code);
            await ana.Session.Hub.AssignRole(code, "Ana", DrillRole.Customer, ActionIds.New());
            await ana.Session.Hub.AssignRole(code, "Ben", DrillRole.Agent, ActionIds.New());
            await ana.Session.Hub.StartDrill(code, DrillScript.CardId, ActionIds.New());

            senders.Add(new LineSender(anaServer.Hub, code, "ana", Pace));
            senders.Add(new LineSender(benServer.Hub, code, "ben", Pace));
            senders.ForEach(s => s.Start());
            for (var kill = 1; kill <= Kills; kill++)
            {
                var wanted = senders.Sum(s => s.Acknowledged.Count) + 8;
                await Poll.UntilAsync(() => senders.Sum(s => s.Acknowledged.Count) >= wanted, Patience, $"8 more lines before kill {kill}");
                server.KillHard();
                await server.DisposeAsync();
                server = await ServerProcess.RestartAtAsync(url, data.Path);
            }

            var after = senders.Select(s => s.Acknowledged.Count + 3).ToList();
            await Poll.UntilAsync(
                () => senders.Select((s, i) => s.Acknowledged.Count >= after[i]).All(ok => ok), Patience, "3 more lines from each sender after the last restart");
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            var sent = senders.SelectMany(s => s.Acknowledged).ToList();
            var resent = senders.Sum(s => s.Resent);
            output.WriteLine($"{sent.Count} lines acknowledged, {resent} calls resent with their action id after {Kills} kills");
            Assert.Empty(senders.SelectMany(s => s.Failures));
            Assert.True(resent > 0, "no call was resent: the kills did not land while anyone was talking");

            // A fresh connection reads the room from the restarted server: each line once, in each sender's order.
            await using var fresh = await TestPlayer.SignInAsync(url, "Cy", cyServer.Identity.Token);
            var transcript = (await fresh.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code)).Transcript.Select(m => m.Text).ToList();
            Assert.Equal(transcript.Count, transcript.Distinct().Count());
            Assert.Equal(sent.Order(StringComparer.Ordinal), transcript.Order(StringComparer.Ordinal));
            foreach (var sender in senders)
            {
                Assert.Equal(sender.Acknowledged, transcript.Where(t => t.StartsWith(sender.Prefix + "-", StringComparison.Ordinal)));
            }

            // And Cy's live connection, which lived through every kill, saw the same lines once each.
            await Poll.UntilAsync(
                () => cy.Session.GetRoom(code)?.Transcript.Count >= transcript.Count, Patience, "Cy's client to catch up",
                () => $"Cy has {cy.Session.GetRoom(code)?.Transcript.Count} of {transcript.Count} lines");
            Assert.Equal(transcript, cy.Session.GetRoom(code)!.Transcript.Select(m => m.Text));
        }
        finally
        {
            foreach (var sender in senders)
            {
                await sender.StopAsync();
            }

            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task a_line_stored_but_not_acknowledged_before_kill_minus_nine_is_resent_and_appears_once()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(data.Path);
        var url = server.Url;
        await using var relay = new LoopbackProxy(url);
        var clients = new List<ServerConnection>();
        try
        {
            // Ana's client talks through the relay; Ben and Cy talk to the server directly.
            var (ana, anaServer) = await ConnectAsync(relay.Url, "Ana", clients);
            await using var ben = await TestPlayer.SignInAsync(url, "Ben");
            await using var cy = await TestPlayer.SignInAsync(url, "Cy");
            var code = (await ana.Session.CreateRoomAsync()).Code;
            await ben.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await cy.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            await ana.Session.Hub.AssignRole(code, "Ana", DrillRole.Customer, ActionIds.New());
            await ana.Session.Hub.AssignRole(code, "Ben", DrillRole.Agent, ActionIds.New());
            await ana.Session.Hub.StartDrill(code, DrillScript.CardId, ActionIds.New());
            await Poll.UntilAsync(() => ana.Session.GetRoom(code)?.Phase == DrillPhase.Call, Patience, "Ana's client to see the call start");

            relay.SwallowReplies();
            var send = ana.Session.Hub.SendMessage(code, "This is the third time I have called.", ActionIds.New());
            await cy.WaitFor<MessagePosted>(m => m.Message.Text == "This is the third time I have called.");
            Assert.False(send.IsCompleted, "the answer reached Ana although the relay swallowed it");
            server.KillHard();
            relay.CloseAll();
            await server.DisposeAsync();
            server = await ServerProcess.RestartAtAsync(url, data.Path);

            await send.WaitAsync(Patience);
            Assert.Equal(1, anaServer.Hub.ResentActions);
            await using var fresh = await TestPlayer.SignInAsync(url, "Cy", cy.Identity.Token);
            var room = await fresh.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);
            Assert.Equal(["This is the third time I have called."], room.Transcript.Select(m => m.Text));
            await Poll.UntilAsync(
                () => ana.Session.GetRoom(code)?.LastSeq >= room.Seq, Patience, "Ana's client to catch up after the restart");
            Assert.Equal(["This is the third time I have called."], ana.Session.GetRoom(code)!.Transcript.Select(m => m.Text));
            Assert.Single(cy.ReceivedOf<MessagePosted>());
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            await server.DisposeAsync();
        }
    }

    private static async Task<(DrillConnection Drill, ServerConnection Server)> ConnectAsync(string url, string name, List<ServerConnection> clients)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest(name, null));
        response.EnsureSuccessStatusCode();
        var identity = (await response.Content.ReadFromJsonAsync<SignInResponse>())!;
        var server = new ServerConnection(new SignInTarget(new Uri(url), name), identity, new ForeverRetryPolicy(TimeSpan.FromMilliseconds(500)));
        clients.Add(server);
        var drill = new DrillConnection(server);
        await drill.StartAsync();
        return (drill, server);
    }

    /// <summary>One player saying numbered lines ("ana-1", "ana-2"...) through the client's own proxy, one after another.</summary>
    private sealed class LineSender(HubDrillProxy hub, string code, string prefix, TimeSpan pace)
    {
        private readonly List<string> _acknowledged = [];
        private readonly List<string> _failures = [];
        private CancellationTokenSource? _stop;
        private Task? _loop;

        public string Prefix => prefix;

        public long Resent => hub.ResentActions;

        public IReadOnlyList<string> Acknowledged
        {
            get
            {
                lock (_acknowledged)
                {
                    return [.. _acknowledged];
                }
            }
        }

        public IReadOnlyList<string> Failures
        {
            get
            {
                lock (_acknowledged)
                {
                    return [.. _failures];
                }
            }
        }

        public void Start()
        {
            _stop = new CancellationTokenSource();
            _loop = Task.Run(() => RunAsync(_stop.Token));
        }

        public async Task StopAsync()
        {
            if (_stop is null || _loop is null)
            {
                return;
            }

            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
            (_stop, _loop) = (null, null);
        }

        private async Task RunAsync(CancellationToken stop)
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var text = $"{prefix}-{n}";
                try
                {
                    await hub.SendMessage(code, text, ActionIds.New());
                    lock (_acknowledged)
                    {
                        _acknowledged.Add(text);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    lock (_acknowledged)
                    {
                        _failures.Add($"{text}: {e.GetType().Name}: {e.Message}");
                    }

                    return; // a lost line would make the next ones prove nothing
                }

                try
                {
                    await Task.Delay(pace, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

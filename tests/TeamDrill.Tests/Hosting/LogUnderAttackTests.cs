using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Hosting;

/// <summary>
/// The log stays useful under attack: what callers get refused (wrong codes, floods, bad sign-ins, calls
/// out of turn, connections past the limit, oversized frames) barely moves it, and a real fault still
/// arrives with its stack trace.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class LogUnderAttackTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Attack = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ten_seconds_of_refused_calls_over_real_connections_grow_the_log_by_less_than_20_kb()
    {
        using var data = new TempFolder();
        var server = await ServerProcess.StartAsync(
            data.Path, "--sign-ins-per-address-per-minute", "20", "--connections-per-token", "4", "--max-receive-message-bytes", "4096");
        var refusals = 0;
        try
        {
            var guesser = await TestPlayer.SignInAsync(server.Url, "Gus");
            var extra = new List<HubConnection>();
            for (var i = 0; i < 3; i++)
            {
                extra.Add(await OpenAsync(server.Url, guesser.Identity.Token));
            }

            await using var host = await TestPlayer.SignInAsync(server.Url, "Hana");
            var own = (await host.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
            await using var framer = await TestPlayer.SignInAsync(server.Url, "Fred");
            var before = Bytes(server.Output);

            var clock = Stopwatch.StartNew();
            bool Attacking() => clock.Elapsed < Attack;
            async Task Refused(Func<Task> call)
            {
                try
                {
                    await call();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A refusal, or the close that follows an oversized frame.
                    Interlocked.Increment(ref refusals);
                }
            }

            var attacks = new List<Task>();

            // Room codes guessed on four connections of one token: wrong codes, then waits and a lockout, and the call budget.
            foreach (var connection in extra.Append(guesser.Hub))
            {
                attacks.Add(Task.Run(async () =>
                {
                    while (Attacking())
                    {
                        await Refused(() => connection.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), RoomCodes.New()));
                        await Refused(() => connection.InvokeAsync(nameof(IDrillHub.SendMessage), RoomCodes.New(), "hello", ActionIds.New()));
                        await Refused(() => connection.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "not a code"));
                    }
                }));
            }

            // The host's own room, out of turn: messages and tags in the lobby, a drill with no roles.
            attacks.Add(Task.Run(async () =>
            {
                while (Attacking())
                {
                    await Refused(() => host.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), own, "hello", ActionIds.New()));
                    await Refused(() => host.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), own, 1, "empathy", TagPolarity.Plus, ActionIds.New()));
                    await Refused(() => host.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), own, "no-such-card", ActionIds.New()));
                }
            }));

            // A fifth connection of the guesser's token, again and again.
            attacks.Add(Task.Run(async () =>
            {
                while (Attacking())
                {
                    var refused = await OpenRefusedAsync(server.Url, guesser.Identity.Token);
                    if (refused)
                    {
                        Interlocked.Increment(ref refusals);
                    }
                }
            }));

            // Sign-ins past the address's limit, and sign-ins with no body.
            attacks.Add(Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
                while (Attacking())
                {
                    using var flood = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("Flood"));
                    using var empty = await http.PostAsync(EdgeRoutes.SignIn, new StringContent("null", Encoding.UTF8, "application/json"));
                    if (!flood.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref refusals);
                    }

                    if (!empty.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref refusals);
                    }
                }
            }));

            // Frames over the size limit, each closing its connection.
            attacks.Add(Task.Run(async () =>
            {
                while (Attacking())
                {
                    var connection = await OpenAsync(server.Url, framer.Identity.Token);
                    await Refused(() => connection.InvokeAsync(nameof(IDrillHub.SendMessage), own, new string('x', 8000), ActionIds.New()));
                    await connection.DisposeAsync();
                }
            }));

            await Task.WhenAll(attacks);
            await Task.Delay(TimeSpan.FromSeconds(2)); // the host's call budget refills; the last lines reach the log
            await host.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), own); // the server still answers
            var grown = server.Output[Math.Min(before, server.Output.Length)..];
            output.WriteLine($"{refusals} refusals in {Attack.TotalSeconds} s; the log grew by {Bytes(grown)} bytes:\n{grown}");

            Assert.True(refusals > 1000, $"only {refusals} refusals in {Attack.TotalSeconds} s: the attack did not happen");
            Assert.True(Bytes(grown) < 20 * 1024, $"the log grew by {Bytes(grown)} bytes during {refusals} refusals:\n{grown[..Math.Min(grown.Length, 4000)]}");
            Assert.DoesNotContain("fail:", grown, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", grown, StringComparison.Ordinal); // no stack trace

            // The operator hears of the flood once per connection, when it closes: a count, not the calls.
            foreach (var connection in extra)
            {
                await connection.DisposeAsync();
            }

            await guesser.DisposeAsync();
            await Poll.UntilAsync(
                () => SummaryLines(server.Output).Count == 4, TimeSpan.FromSeconds(20), "one summary line per closed connection of the guesser");
            Assert.All(SummaryLines(server.Output), line => Assert.Contains("of player " + guesser.Id, line, StringComparison.Ordinal));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task a_real_fault_is_logged_as_an_error_with_its_stack_trace_while_refusals_are_not()
    {
        using var data = new TempFolder();
        var log = new CapturedLog();
        await using var server = await InProcessServer.StartAsync(
            data.Path,
            services =>
            {
                services.AddSingleton<ILoggerProvider>(log);
                services.AddSingleton<IIncomingGrainCallFilter>(new FailingRoomCall(nameof(IRoomGrain.SetAnger)));
            });
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await Assert.ThrowsAsync<HubException>(() => drill.Agent.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), "ZZZZZZ"));
        await Assert.ThrowsAsync<HubException>(() => drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), drill.Code, "hi", ActionIds.New()));

        var fault = await Assert.ThrowsAsync<HubException>(() => drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 5, ActionIds.New()));

        Assert.EndsWith("The server could not do that (SetAnger); try again.", fault.Message, StringComparison.Ordinal);
        var logged = Assert.Single(log.Entries, e => e.Level >= LogLevel.Warning && e.Category.StartsWith("TeamDrill", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("SetAnger", logged.Message, StringComparison.Ordinal);
        Assert.Contains(FailingRoomCall.Failure, logged.Exception?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("   at ", logged.Exception!.ToString(), StringComparison.Ordinal);
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static List<string> SummaryLines(string log) =>
        log.Split('\n').Where(l => l.Contains("calls refused within a minute", StringComparison.Ordinal)).ToList();

    private static async Task<HubConnection> OpenAsync(string url, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Opens a connection past the token's limit: true once the server closed it (with its sentence).</summary>
    private static async Task<bool> OpenRefusedAsync(string url, string token)
    {
        var closed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        connection.Closed += error =>
        {
            closed.TrySetResult(error?.Message.Contains("This sign-in already has", StringComparison.Ordinal) ?? false);
            return Task.CompletedTask;
        };
        try
        {
            await connection.StartAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            return false;
        }

        return await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>An Orleans call filter for one test's silo: every call of one room-grain method fails as a bug would.</summary>
    private sealed class FailingRoomCall(string method) : IIncomingGrainCallFilter
    {
        public const string Failure = "a bug in the room (injected fault)";

        public Task Invoke(IIncomingGrainCallContext context) =>
            context.Grain is RoomGrain && context.InterfaceMethod?.Name == method
                ? throw new InvalidOperationException(Failure)
                : context.Invoke();
    }
}

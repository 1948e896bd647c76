using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>
/// Guessing room codes: a stranger cannot tell a live room from a missing one, and a player who keeps
/// using wrong codes waits longer and longer, then is locked out, however often they reconnect.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RoomCodeGuessingTests(SharedServer shared)
{
    private const string Missing = "ZZZZZZ";

    /// <summary>Every method that takes a room code, but joining: a right code is for joining with.</summary>
    public static TheoryData<string> RoomMethods =>
        [.. typeof(IDrillHub).GetMethods().Where(IsRoomMethod).Select(m => m.Name).Where(m => m != nameof(IDrillHub.JoinRoom)).Order()];

    [Theory]
    [MemberData(nameof(RoomMethods))]
    public async Task a_stranger_gets_the_same_answer_for_a_live_room_as_for_a_missing_one(string method)
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        await drill.Start(); // the room is mid-call: nothing may give that away
        await using var stranger = await TestPlayer.SignInAsync(shared.Url, "Zed");

        var live = await Refusal(stranger, method, drill.Code);
        var missing = await Refusal(stranger, method, Missing);

        Assert.Equal(RoomNotOpenException.Sentence(drill.Code), live.Message);
        Assert.Equal(missing.Message.Replace(Missing, drill.Code, StringComparison.Ordinal), live.Message);
        Assert.Equal(missing.Type, live.Type);
        Assert.Equal(HubConnectionState.Connected, stranger.Hub.State);

        // And nothing of the room reaches the stranger afterwards.
        await drill.Say(drill.Customer, "Is anyone there?");
        await drill.Agent.WaitFor<MessagePosted>(m => m.Message.Text == "Is anyone there?");
        Assert.Empty(stranger.Received);
    }

    [Fact]
    public async Task wrong_codes_bring_a_wait_then_a_lockout_that_a_reconnect_does_not_lift_and_the_players_own_room_stays_open()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(
            data.Path, "--wrong-codes-before-backoff", "3", "--wrong-codes-before-lockout", "6", "--wrong-code-lockout", "00:01:00");
        await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana");
        await using var guesser = await TestPlayer.SignInAsync(server.Url, "Gus");
        var own = (await guesser.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
        var anas = (await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;

        // Three free wrong codes (one of them a live room that is not theirs), each answered like any code that is not yours.
        foreach (var code in new[] { "ZZZZZ2", anas, "ZZZZZ3" })
        {
            Assert.Equal(RoomNotOpenException.Sentence(code), (await Refusal(guesser, nameof(IDrillHub.GetRoom), code)).Message);
        }

        // From the fourth, each wrong code costs a wait (1 s, then 2 s): a code used during it is refused unread.
        var counted = 3;
        Refused? waiting = null;
        while (waiting is null && counted < 6)
        {
            var answer = await Refusal(guesser, nameof(IDrillHub.GetRoom), "ZZZZZ4");
            if (answer.Message.StartsWith("Too many wrong room codes: wait", StringComparison.Ordinal))
            {
                waiting = answer;
            }
            else
            {
                Assert.Equal(RoomNotOpenException.Sentence("ZZZZZ4"), answer.Message);
                counted++;
            }
        }

        Assert.NotNull(waiting);
        Assert.Matches(@"^Too many wrong room codes: wait \d+ seconds? before you use another code\.$", waiting.Message);
        Assert.DoesNotContain(ServerErrors.TryAgain, waiting.Message, StringComparison.OrdinalIgnoreCase); // clients must not retry it

        // Once the waits are over, the sixth wrong code locks the player out, and a new connection is locked out too.
        await Poll.UntilAsync(
            async () => (await Refusal(guesser, nameof(IDrillHub.GetRoom), "ZZZZZ5")).Message.Contains("cannot open a room", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the lockout");
        await guesser.DropAsync();
        await guesser.ReconnectAsync();
        var locked = await Refusal(guesser, nameof(IDrillHub.JoinRoom), anas);
        Assert.Equal(
            "Too many wrong room codes: you cannot open a room by code for the next 1 minute. Ask whoever created the room for its code.",
            locked.Message);
        Assert.Single((await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), anas)).Members); // nobody got in

        // The player's own room still opens to them, on this new connection, and they act in it.
        var room = await guesser.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), own);
        Assert.Equal(own, room.Code);
        await guesser.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), own, "Gus", DrillRole.Scorer, ActionIds.New());
    }

    [Fact]
    public async Task a_lockout_earned_at_one_edge_holds_at_another()
    {
        using var data = new TempFolder();
        var gatewayPort = FreePorts.Next().ToString();
        await using var silo = await ServerProcess.StartAsync(
        [
            "--role", "silo", "--data", data.Path, "--content", RepoPaths.Content, "--silo-port", FreePorts.Next().ToString(), "--gateway-port", gatewayPort,
            "--wrong-codes-before-backoff", "2", "--wrong-codes-before-lockout", "3", "--wrong-code-lockout", "00:01:00",
        ]);
        await using var edgeA = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);
        await using var edgeB = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);
        await using var atA = await TestPlayer.SignInAsync(edgeA.Url, "Gus");

        foreach (var code in new[] { "ZZZZZ2", "ZZZZZ3", "ZZZZZ4" })
        {
            Assert.Equal(RoomNotOpenException.Sentence(code), (await Refusal(atA, nameof(IDrillHub.GetRoom), code)).Message);
        }

        await using var atB = await TestPlayer.SignInAsync(edgeB.Url, "Gus", atA.Identity.Token);
        Assert.Equal(atA.Id, atB.Id);
        var locked = await Refusal(atB, nameof(IDrillHub.JoinRoom), "ZZZZZ5");
        Assert.StartsWith("Too many wrong room codes: you cannot open a room by code", locked.Message, StringComparison.Ordinal);
    }

    /// <summary>The refusal as the player reads it: SignalR's prefix before the server's sentence removed.</summary>
    private static async Task<Refused> Refusal(TestPlayer player, string method, string code)
    {
        var hubMethod = typeof(IDrillHub).GetMethod(method)!;
        var args = hubMethod.GetParameters().Select((p, i) => i == 0 ? code : p.Name == "actionId" ? ActionIds.New() : Sample(p.ParameterType)).ToArray();
        var returns = hubMethod.ReturnType.IsGenericType ? hubMethod.ReturnType.GetGenericArguments()[0] : typeof(object);
        var error = await Assert.ThrowsAsync<HubException>(() => player.Hub.InvokeCoreAsync(method, returns, args));
        return new Refused(error.GetType(), HubErrorText.Strip(error.Message));
    }

    private sealed record Refused(Type Type, string Message);

    private static object? Sample(Type type) =>
        type == typeof(string) ? "hello"
        : type == typeof(int) ? 1
        : type == typeof(long) ? 0L
        : type.IsEnum ? Enum.GetValues(type).GetValue(1)
        : type == typeof(Dictionary<string, int?>) ? new Dictionary<string, int?> { ["empathy"] = 3 }
        : throw new InvalidOperationException($"No sample value for a {type.Name} argument: add one.");

    private static bool IsRoomMethod(System.Reflection.MethodInfo method) =>
        method.GetParameters() is [{ Name: "code" } first, ..] && first.ParameterType == typeof(string);
}

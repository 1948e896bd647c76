using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>Every refusal reaches the client with its reason, and the room's log does not move.</summary>
[Collection(ServerCollection.Name)]
public sealed class BadInputTests(SharedServer shared) : IAsyncLifetime
{
    private readonly InProcessServer _server = shared.Server;
    private DrillScript _drill = null!;

    public async Task InitializeAsync() => _drill = await DrillScript.SetUpAsync(_server.Url);

    public async Task DisposeAsync() => await _drill.DisposeAsync();

    [Fact]
    public async Task an_unknown_room_code_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => _drill.Agent.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "ZZZZZZ"));
        Assert.Contains("No room ZZZZZZ is open to you", error.Message);

        var malformed = await Assert.ThrowsAsync<HubException>(() => _drill.Agent.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "12"));
        Assert.Contains("'12' is not a room code", malformed.Message);
    }

    [Fact]
    public async Task a_second_agent_is_refused_and_nothing_changes()
    {
        await Refused(
            () => _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), _drill.Code, "Cy", DrillRole.Agent, ActionIds.New()),
            "Ben is already the agent; there can be only one.");
        var room = await _drill.Room(_drill.Customer);
        Assert.Equal(DrillRole.Scorer, room.Members.Single(m => m.Name == "Cy").Role);
    }

    [Fact]
    public async Task a_message_over_the_length_limit_is_refused()
    {
        await _drill.Start();
        await Refused(() => _drill.Say(_drill.Customer, new string('x', 1001)), "The message is 1001 characters long; the limit is 1000.");
        await Refused(() => _drill.Say(_drill.Customer, new string('x', 5_000)), "The message is 5000 characters long; the limit is 1000.");
        await Refused(() => _drill.Say(_drill.Customer, "\u001b\u0007\u0000 \t\u200b"), "The message is empty.");
    }

    [Fact]
    public async Task a_frame_over_the_size_limit_closes_only_that_connection_and_changes_nothing()
    {
        await _drill.Start();
        var before = (await _drill.Room(_drill.Scorer1)).Seq;

        await Assert.ThrowsAnyAsync<Exception>(() => _drill.Say(_drill.Customer, new string('x', 100_000)));

        Assert.Equal(HubConnectionState.Disconnected, _drill.Customer.Hub.State);
        Assert.Equal(before, (await _drill.Room(_drill.Scorer1)).Seq);
        await _drill.Customer.ReconnectAsync();
        await _drill.Say(_drill.Customer, "Sorry, my keyboard got stuck.");
        Assert.Equal("Sorry, my keyboard got stuck.", (await _drill.Scorer1.WaitFor<MessagePosted>()).Message.Text);
    }

    [Fact]
    public async Task a_rubric_score_out_of_range_is_refused_and_nothing_is_recorded()
    {
        await _drill.Start();
        var rubric = (await _drill.Scorer1.WaitFor<DrillStarted>()).Rubric;
        await _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), _drill.Code, CallOutcome.Resolved, ActionIds.New());
        var sheet = DrillScript.Sheet(rubric, 3);
        sheet["empathy"] = 6;

        await Refused(
            () => _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), _drill.Code, sheet, ActionIds.New()),
            "The score for empathy is 6; scores go from 1 to 5");
        Assert.Empty((await _drill.Room(_drill.Scorer1)).SubmittedScorerIds);
    }

    [Fact]
    public async Task commands_in_the_wrong_phase_or_role_are_refused()
    {
        await Refused(() => _drill.Say(_drill.Customer, "hello?"), "You can send messages only during the call; the room is in the lobby.");
        await Refused(
            () => _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), _drill.Code, (string?)null, ActionIds.New()),
            "Only the host (Ana) can start a drill.");
        await _drill.Start();
        await Refused(() => _drill.Say(_drill.Scorer1, "psst"), "Only the customer and the agent speak on the call");
        await Refused(() => _drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), _drill.Code, 2, ActionIds.New()), "Only the customer moves the anger meter.");
        await Refused(() => _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), _drill.Code, 11, ActionIds.New()), "Anger goes from 0 to 10; 11 is out of range.");
        await Refused(
            () => _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), _drill.Code, new Dictionary<string, int?>(), ActionIds.New()),
            "You can submit scores only during scoring; the room is in the call.");
        await Refused(
            () => _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), _drill.Code, (string?)null, ActionIds.New()),
            "A drill is already running: the room is in the call.");
        await Refused(
            () => _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), _drill.Code, (string?)null, ActionIds.New()),
            "A drill is already running");
    }

    [Fact]
    public async Task an_unknown_card_is_refused_before_the_drill_starts()
    {
        await Refused(() => _drill.Start("no-such-card"), "There is no card 'no-such-card'");
        Assert.Equal(DrillPhase.Lobby, (await _drill.Room(_drill.Customer)).Phase);
    }

    [Fact]
    public async Task names_and_messages_arrive_without_control_or_escape_characters()
    {
        await using var mallory = await TestPlayer.SignInAsync(_server.Url, "Mal\u001b[31mlory\u202E\u0007");
        Assert.Equal("Mal[31mlory", mallory.Name);
        await _drill.Start();
        await _drill.Say(_drill.Agent, "Hello\u001b]0;pwned\u0007 there\r\nfriend");
        var posted = await _drill.Scorer1.WaitFor<MessagePosted>();
        Assert.Equal("Hello]0;pwned there friend", posted.Message.Text);
    }

    [Fact]
    public async Task a_connection_without_a_valid_token_is_refused()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(_server.Url + EdgeRoutes.Hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>("forged"))
            .AddMessagePackProtocol(o => o.SerializerOptions = WireFormat.Options)
            .Build();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task sign_in_with_a_blank_name_is_a_400_with_a_reason()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Url) };
        var response = await http.PostAsJsonAsync(EdgeRoutes.SignIn, new SignInRequest("  \u0007 "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least one visible character", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_connection_that_floods_the_hub_is_told_to_slow_down_and_stays_connected()
    {
        var calls = Enumerable.Range(0, 200)
            .Select(_ => _drill.Scorer1.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), _drill.Code))
            .ToList();
        var outcomes = await Task.WhenAll(calls.Select(async c =>
        {
            try
            {
                await c;
                return "ok";
            }
            catch (HubException ex)
            {
                return ex.Message;
            }
        }));

        Assert.Contains(outcomes, o => o.EndsWith("Too many requests: slow down and try again in a moment.", StringComparison.Ordinal));
        Assert.Contains("ok", outcomes);
        Assert.Equal(HubConnectionState.Connected, _drill.Scorer1.Hub.State);
    }

    private async Task Refused(Func<Task> action, string expected)
    {
        var before = (await _drill.Room(_drill.Customer)).Seq;
        var error = await Assert.ThrowsAsync<HubException>(action);
        Assert.Contains(expected, error.Message);
        Assert.Equal(before, (await _drill.Room(_drill.Customer)).Seq);
    }
}

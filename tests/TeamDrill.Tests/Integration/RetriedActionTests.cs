using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>
/// A client that lost an answer sends the same call again with the same action id: over the real hub the
/// room does it once, answers it as before, and every connection sees it once.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RetriedActionTests(SharedServer shared) : IAsyncLifetime
{
    private DrillScript _drill = null!;

    public async Task InitializeAsync() => _drill = await DrillScript.SetUpAsync(shared.Url);

    public async Task DisposeAsync() => await _drill.DisposeAsync();

    [Fact]
    public async Task a_message_sent_again_with_its_action_id_appears_once_for_everyone()
    {
        await _drill.Start();
        var id = ActionIds.New();
        await Send(_drill.Customer, "Where is the bike I ordered?", id);
        await Send(_drill.Customer, "Where is the bike I ordered?", id);
        // From a new connection too, as a client that reconnected would.
        await _drill.Customer.ReconnectAsync();
        await Send(_drill.Customer, "Where is the bike I ordered?", id);
        await _drill.Say(_drill.Agent, "Let me look at the order now.");

        await _drill.Scorer1.WaitFor<MessagePosted>(m => m.Message.Text == "Let me look at the order now.");
        Assert.Equal(
            ["Where is the bike I ordered?", "Let me look at the order now."],
            _drill.Scorer1.ReceivedOf<MessagePosted>().Select(m => m.Message.Text));
        var room = await _drill.Room(_drill.Scorer2);
        Assert.Equal(["Where is the bike I ordered?", "Let me look at the order now."], room.Transcript.Select(m => m.Text));
    }

    [Fact]
    public async Task the_same_text_under_a_new_action_id_is_a_new_message()
    {
        await _drill.Start();
        await Send(_drill.Customer, "Hello?", ActionIds.New());
        await Send(_drill.Customer, "Hello?", ActionIds.New());

        var room = await _drill.Room(_drill.Scorer1);
        Assert.Equal(["Hello?", "Hello?"], room.Transcript.Select(m => m.Text));
    }

    [Fact]
    public async Task a_retried_rubric_and_end_of_call_are_answered_as_before_not_refused()
    {
        await _drill.Start();
        var end = ActionIds.New();
        await _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), _drill.Code, CallOutcome.Resolved, end);
        await _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), _drill.Code, CallOutcome.Resolved, end);
        var rubric = (await _drill.Room(_drill.Scorer1)).Rubric;
        var sheet = ActionIds.New();
        await _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), _drill.Code, DrillScript.Sheet(rubric, 4), sheet);

        await _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), _drill.Code, DrillScript.Sheet(rubric, 4), sheet);

        var second = await Assert.ThrowsAsync<HubException>(
            () => _drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), _drill.Code, DrillScript.Sheet(rubric, 2), ActionIds.New()));
        Assert.Contains("already", second.Message);
        Assert.Single(_drill.Scorer2.ReceivedOf<RubricSubmitted>());
        Assert.Single(_drill.Scorer2.ReceivedOf<CallEnded>());
    }

    [Fact]
    public async Task a_retried_create_answers_with_the_room_it_made()
    {
        await using var eve = await TestPlayer.SignInAsync(shared.Url, "Eve");
        var id = ActionIds.New();

        var first = await eve.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), id);
        var again = await eve.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), id);
        var other = await eve.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());

        Assert.Equal(first.Code, again.Code);
        Assert.Equal(first.Seq, again.Seq);
        Assert.NotEqual(first.Code, other.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    [InlineData("\u001b[2Jclear-screen")]
    [InlineData(null)]
    public async Task a_malformed_action_id_is_refused_with_a_sentence_and_changes_nothing(string? id)
    {
        await _drill.Start();
        var before = (await _drill.Room(_drill.Scorer1)).Seq;

        var error = await Assert.ThrowsAsync<HubException>(
            () => _drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), _drill.Code, "Anyone there?", id));

        Assert.Contains("Each action needs an id of 8 to 32 letters, digits, '-' or '_' chosen by the client", error.Message);
        Assert.Equal(before, (await _drill.Room(_drill.Scorer1)).Seq);
    }

    private Task Send(TestPlayer who, string text, string actionId) =>
        who.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), _drill.Code, text, actionId);
}

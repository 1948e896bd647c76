using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class FullDrillTests(SharedServer shared)
{
    [Fact]
    public async Task four_players_play_a_whole_drill_and_each_sees_only_what_their_role_allows()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);

        await drill.Start();
        var dealt = await drill.Customer.WaitFor<CustomerCardDealt>();
        var started = await drill.Scorer2.WaitFor<DrillStarted>();
        Assert.Equal(DrillScript.CardId, dealt.Card.Brief.CardId);
        Assert.Contains(dealt.Card.Sections, s => s.Heading.StartsWith("Hidden facts", StringComparison.Ordinal));
        Assert.Equal("Mrs Mensah", started.Brief.CustomerName);

        await drill.Say(drill.Customer, "My son's bike is stuck in a depot and his birthday is Saturday!");
        await drill.Say(drill.Agent, "Mrs Mensah, I can hear how much Saturday matters. Let me find where the bike is right now.");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 5, ActionIds.New());
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 2, "empathy", TagPolarity.Plus, ActionIds.New());
        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 2, "de-escalation", TagPolarity.Minus, ActionIds.New());
        await drill.Say(drill.Agent, "Please calm down, there's nothing I can do about the courier.");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        await drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.Code, "I lost her when I told her to calm down.", ActionIds.New());

        // The coach hint on "calm down" went to the agent alone.
        var hint = (await drill.Agent.WaitFor<CoachHintGiven>()).Hint;
        Assert.Equal(3, hint.MessageNumber);
        Assert.Contains("calm down", hint.Phrase, StringComparison.OrdinalIgnoreCase);
        foreach (var p in new[] { drill.Customer, drill.Scorer1, drill.Scorer2 })
        {
            Assert.Empty(p.ReceivedOf<CoachHintGiven>());
        }

        foreach (var p in drill.Everyone)
        {
            await p.WaitFor<CallEnded>();
            await p.WaitFor<ReflectionWritten>();
            var messages = p.ReceivedOf<MessagePosted>().Select(m => m.Message).ToList();
            Assert.Equal([1, 2, 3], messages.Select(m => m.Number));
            Assert.Equal([DrillRole.Customer, DrillRole.Agent, DrillRole.Agent], messages.Select(m => m.Role));
            Assert.Equal(["Ana", "Ben", "Ben"], messages.Select(m => m.SenderName));
            Assert.Equal(5, p.ReceivedOf<AngerChanged>().Single().Level);
            var seqs = p.Received.Select(e => e.Seq).ToList();
            Assert.Equal(seqs.Order(), seqs);
        }

        // The card's private part went to the customer alone.
        var hiddenFact = dealt.Card.Sections.First(s => s.Heading.StartsWith("Hidden facts", StringComparison.Ordinal)).Lines[0];
        foreach (var p in new[] { drill.Agent, drill.Scorer1, drill.Scorer2 })
        {
            Assert.Empty(p.ReceivedOf<CustomerCardDealt>());
            Assert.DoesNotContain(hiddenFact[..30], Wire(p));
            Assert.Null((await drill.Room(p)).Card);
        }

        Assert.NotNull((await drill.Room(drill.Customer)).Card);

        // Tags: each scorer sees its own, nobody else sees any before the debrief.
        Assert.Equal("empathy", drill.Scorer1.ReceivedOf<MessageTagged>().Single().Tag.Technique);
        Assert.Equal("de-escalation", drill.Scorer2.ReceivedOf<MessageTagged>().Single().Tag.Technique);
        Assert.Empty(drill.Customer.ReceivedOf<MessageTagged>());
        Assert.Empty(drill.Agent.ReceivedOf<MessageTagged>());

        var rubric = started.Rubric;
        var cySheet = DrillScript.Sheet(rubric, 4);
        cySheet["boundaries"] = null;
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, cySheet, ActionIds.New());
        await drill.Scorer2.WaitFor<RubricSubmitted>(e => e.ScorerName == "Cy");

        // Dee has not seen Cy's scores: only that Cy submitted.
        await drill.Scorer1.WaitFor<RubricRecorded>();
        Assert.Empty(drill.Scorer2.ReceivedOf<RubricRecorded>());
        Assert.Null((await drill.Room(drill.Scorer2)).MyRubric);
        Assert.DoesNotContain("lost her", Wire(drill.Scorer1)); // the reflection waits for the debrief

        var deeSheet = DrillScript.Sheet(rubric, 2);
        deeSheet["boundaries"] = null;
        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, deeSheet, ActionIds.New());

        foreach (var p in drill.Everyone)
        {
            var debrief = (await p.WaitFor<DebriefPublished>()).Debrief;
            Assert.Equal(CallOutcome.Resolved, debrief.Outcome);
            Assert.Equal(3.0, debrief.Consensus.Single(c => c.CriterionId == "empathy").Consensus);
            Assert.Null(debrief.Consensus.Single(c => c.CriterionId == "boundaries").Consensus);
            Assert.Equal(3.0, debrief.OverallScore);
            Assert.Equal([3, 5], debrief.AngerCurve.Select(a => a.Level));
            Assert.Equal(2, debrief.Tags.Count);
            Assert.Equal(3, debrief.Transcript.Count);
            Assert.Equal("I lost her when I told her to calm down.", debrief.Reflection);

            // Every number comes with its reasons: Cy gave 4s and Dee 2s on the same call.
            var figures = debrief.Figures!;
            Assert.InRange(figures.Score!.Value, 0, 100);
            Assert.Equal(["rubric", "outcome", "anger"], figures.Components.Select(c => c.Name.Split(' ')[0].ToLowerInvariant()));
            Assert.Equal(["two scorers", "two scorers"], figures.Calibration.OrderBy(c => c.ScorerName).Select(c => c.Leaning));
            Assert.Equal(2.0, figures.Calibration.Single(c => c.ScorerName == "Cy").Distance);
            Assert.True(figures.OrdinalAlpha.Alpha is not null || figures.OrdinalAlpha.Reason!.StartsWith("not enough data", StringComparison.Ordinal));
            var empathy = figures.Reasons.Single(r => r.CriterionId == "empathy");
            Assert.Equal((1, 0), (empathy.Plus, empathy.Minus));
            Assert.Contains(empathy.Evidence, e => e.StartsWith("[2] +1", StringComparison.Ordinal));
            Assert.Contains(debrief.CoachHints, h => h.MessageNumber == 3);
        }

        // What each player received live is exactly what the room's log holds for them: no gaps, no extras.
        foreach (var p in drill.Everyone)
        {
            var replay = await p.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), drill.Code, 0L);
            var first = p.Received[0].Seq;
            Assert.Equal(replay.Events.Where(e => e.Seq >= first).Select(e => e.Seq), p.Received.Select(e => e.Seq));
        }
    }

    [Fact]
    public async Task rubric_scores_stay_hidden_from_other_scorers_until_the_debrief()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        var rubric = (await drill.Scorer1.WaitFor<DrillStarted>()).Rubric;
        await drill.Say(drill.Customer, "Where is it?");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.HungUp, ActionIds.New());
        var sheet = DrillScript.Sheet(rubric, 5);
        sheet["boundaries"] = null;
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, sheet, ActionIds.New());
        await drill.Agent.WaitFor<RubricSubmitted>();

        foreach (var p in new[] { drill.Customer, drill.Agent, drill.Scorer2 })
        {
            Assert.Empty(p.ReceivedOf<RubricRecorded>());
            Assert.Empty(p.ReceivedOf<DebriefPublished>());
            var snapshot = await drill.Room(p);
            Assert.Null(snapshot.MyRubric);
            Assert.Null(snapshot.Debrief);
        }

        // The host closes scoring with one sheet in: the debrief says so.
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.Code, ActionIds.New());
        var debrief = (await drill.Scorer2.WaitFor<DebriefPublished>()).Debrief;
        Assert.True(debrief.ClosedEarly);
        Assert.Equal(5.0, debrief.OverallScore);
        Assert.Single(debrief.Rubrics);
    }

    [Fact]
    public async Task the_host_can_run_a_second_drill_with_new_roles_and_a_new_card()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Escalated, ActionIds.New());
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.Code, ActionIds.New());
        await drill.Agent.WaitFor<DebriefPublished>();

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.AutoAssignRoles), drill.Code, ActionIds.New());
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), drill.Code, (string?)null, ActionIds.New());
        var second = await drill.Scorer1.WaitFor<DrillStarted>(e => e.DrillNumber == 2);

        Assert.NotEqual(DrillScript.CardId, second.Brief.CardId);
        var customer = second.Members.Single(m => m.Role == DrillRole.Customer);
        var agent = second.Members.Single(m => m.Role == DrillRole.Agent);
        Assert.NotEqual("Ana", customer.Name); // Ana was the customer last time; the fair draw picks someone else
        Assert.NotEqual("Ben", agent.Name);
        var newCustomer = drill.Everyone.Single(p => p.Id == customer.PlayerId);
        await newCustomer.WaitFor<CustomerCardDealt>(e => e.DrillNumber == 2);
        foreach (var p in drill.Everyone)
        {
            await p.WaitFor<DrillStarted>(e => e.DrillNumber == 2);
        }

        var dealtTo = drill.Everyone.Where(p => p.ReceivedOf<CustomerCardDealt>().Any(e => e.DrillNumber == 2)).ToList();
        Assert.Equal([customer.PlayerId], dealtTo.Select(p => p.Id));
    }

    [Fact]
    public async Task a_call_ends_as_timed_out_when_its_time_limit_passes()
    {
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(data.Path, "--call-time-limit", "00:00:02");
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();

        var ended = await drill.Scorer1.WaitFor<CallEnded>(timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(CallOutcome.TimedOut, ended.Outcome);
        Assert.Equal("", ended.EndedBy);
        var error = await Assert.ThrowsAsync<HubException>(() => drill.Say(drill.Agent, "Are you still there?"));
        Assert.Contains("only during the call; the room is in scoring", error.Message);
    }

    private static string Wire(TestPlayer player) =>
        string.Concat(player.Received.Select(e => MessagePackSerializer.SerializeToJson(e)));

    [Fact]
    public async Task a_facilitator_who_watches_sees_the_tag_stream_live_and_the_agent_does_not()
    {
        var server = shared.Server;
        await using var facilitator = await TestPlayer.SignInAsync(server.Url, "Fay");
        var code = (await facilitator.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New())).Code;
        var players = new List<TestPlayer>();
        foreach (var name in new[] { "Ana", "Ben", "Cy" })
        {
            var p = await TestPlayer.SignInAsync(server.Url, name);
            await p.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
            players.Add(p);
        }

        await facilitator.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Fay", DrillRole.None, ActionIds.New());
        await facilitator.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ana", DrillRole.Customer, ActionIds.New());
        await facilitator.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), code, "Ben", DrillRole.Agent, ActionIds.New());
        await facilitator.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), code, DrillScript.CardId, ActionIds.New());
        await players[1].Hub.InvokeAsync(nameof(IDrillHub.SendMessage), code, "Mrs Mensah, I am on it.", ActionIds.New());
        await players[2].Hub.InvokeAsync(nameof(IDrillHub.TagMessage), code, 1, "ownership", TagPolarity.Plus, ActionIds.New());

        var seen = await facilitator.WaitFor<MessageTagged>();
        Assert.Equal(("Cy", "ownership"), (seen.Tag.ScorerName, seen.Tag.Technique));
        await players[2].WaitFor<MessageTagged>();
        await players[0].Hub.InvokeAsync(nameof(IDrillHub.SetAnger), code, 2, ActionIds.New());
        await players[1].WaitFor<AngerChanged>(); // anything sent after the tag has reached the agent, the tag did not
        Assert.Empty(players[1].ReceivedOf<MessageTagged>());
        Assert.Empty(players[0].ReceivedOf<MessageTagged>());
        foreach (var p in players)
        {
            await p.DisposeAsync();
        }
    }

    [Fact]
    public async Task the_host_pauses_ends_early_and_removes_a_player_who_then_hears_nothing_more()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.PauseCall), drill.Code, ActionIds.New());
        await drill.Agent.WaitFor<CallPaused>();
        var refused = await Assert.ThrowsAsync<HubException>(() => drill.Say(drill.Agent, "Hello?"));
        Assert.Contains("The host has paused the call", refused.Message);
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.ResumeCall), drill.Code, ActionIds.New());
        await drill.Say(drill.Agent, "Thanks for holding, Mrs Mensah.");

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.RemoveMember), drill.Code, "Dee", ActionIds.New());
        var removed = await drill.Scorer2.WaitFor<MemberBanned>();
        Assert.Equal(drill.Scorer2.Id, removed.PlayerId);
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCallEarly), drill.Code, ActionIds.New());
        var ended = await drill.Scorer1.WaitFor<CallEnded>();
        Assert.Equal(CallOutcome.EndedByHost, ended.Outcome);

        Assert.Empty(drill.Scorer2.ReceivedOf<CallEnded>());
        await Assert.ThrowsAsync<HubException>(() => drill.Room(drill.Scorer2)); // removal is a ban: no reads
    }
}

using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>Through the real hub: a drill played to its debrief with the two-part reflection and peer support.</summary>
[Collection(ServerCollection.Name)]
public sealed class AfterCallDrillTests(SharedServer shared)
{
    [Fact]
    public async Task the_debrief_shows_everyone_the_two_part_reflection_and_each_scorers_line_of_support()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Server.Url);
        await drill.Start();
        var rubric = (await drill.Scorer1.WaitFor<DrillStarted>()).Rubric;
        await drill.Say(drill.Customer, "The bike has to be here by Saturday!");
        await drill.Say(drill.Agent, "I'm sorry, Mrs Mensah. Let me find it right now.");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        foreach (var p in drill.Everyone)
        {
            await p.WaitFor<CallEnded>();
        }

        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitSupport), drill.Code, "You said sorry before anything else.", ActionIds.New());
        var second = await Assert.ThrowsAsync<HubException>(() =>
            drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitSupport), drill.Code, "And again.", ActionIds.New()));
        Assert.Contains("You have already left your line of support for this drill.", second.Message, StringComparison.Ordinal);
        var notAScorer = await Assert.ThrowsAsync<HubException>(() =>
            drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitSupport), drill.Code, "Well done me.", ActionIds.New()));
        Assert.Contains("Only this drill's scorers leave a line of support for the agent.", notAScorer.Message, StringComparison.Ordinal);
        await drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflectionParts), drill.Code, "I named Saturday back to her.", "Ask for the depot first.", ActionIds.New());

        // Live, only the writer sees the words; everyone hears that they were written.
        Assert.Equal("You said sorry before anything else.", (await drill.Scorer1.WaitFor<SupportRecorded>()).Line.Text);
        Assert.Equal("Ask for the depot first.", (await drill.Agent.WaitFor<ReflectionRecorded>()).DoDifferently);
        foreach (var p in new[] { drill.Customer, drill.Agent, drill.Scorer2 })
        {
            Assert.Equal("Cy", (await p.WaitFor<SupportWritten>()).ScorerName);
            Assert.Empty(p.ReceivedOf<SupportRecorded>());
        }

        Assert.Equal("You said sorry before anything else.", (await drill.Room(drill.Scorer1)).MySupportLine);
        Assert.Null((await drill.Room(drill.Agent)).MySupportLine);

        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, DrillScript.Sheet(rubric, 4), ActionIds.New());
        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, DrillScript.Sheet(rubric, 3), ActionIds.New());

        foreach (var p in drill.Everyone)
        {
            var debrief = (await p.WaitFor<DebriefPublished>()).Debrief;
            Assert.Equal("I named Saturday back to her.", debrief.Reflection);
            Assert.Equal("Ask for the depot first.", debrief.ReflectionDoDifferently);
            var line = Assert.Single(debrief.SupportLines);
            Assert.Equal(("Cy", "You said sorry before anything else."), (line.ScorerName, line.Text));
        }

        var archived = await drill.Agent.Hub.InvokeAsync<byte[]>(nameof(IDrillHub.GetArchive), drill.Code, 1);
        var archive = TeamDrill.Shared.Archives.DrillArchiveReader.Read(archived);
        Assert.Equal("Ask for the depot first.", archive.ReflectionDoDifferently);
        Assert.Equal("Cy", Assert.Single(archive.SupportLines).ScorerName);
    }
}

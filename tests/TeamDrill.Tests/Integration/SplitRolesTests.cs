using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class SplitRolesTests
{
    [Fact]
    public async Task an_edge_process_serves_players_through_a_separate_silo_process()
    {
        using var data = new TempFolder();
        var siloPort = FreePorts.Next().ToString();
        var gatewayPort = FreePorts.Next().ToString();
        await using var silo = await ServerProcess.StartAsync(
            ["--role", "silo", "--data", data.Path, "--content", RepoPaths.Content, "--silo-port", siloPort, "--gateway-port", gatewayPort]);
        await using var edge = await ServerProcess.StartAsync(["--role", "edge", "--gateway-port", gatewayPort]);

        await using var drill = await DrillScript.SetUpAsync(edge.Url);
        await drill.Start();
        await drill.Say(drill.Customer, "Is anyone there?");

        var posted = await drill.Scorer2.WaitFor<MessagePosted>();
        Assert.Equal("Is anyone there?", posted.Message.Text);
        await drill.Customer.WaitFor<MessagePosted>(); // the card came before the message on the customer's connection
        Assert.Single(drill.Customer.ReceivedOf<CustomerCardDealt>());
        Assert.Empty(drill.Agent.ReceivedOf<CustomerCardDealt>());
        var cards = await drill.Agent.Hub.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(IDrillHub.ListCards));
        Assert.True(cards.Count >= 40);

        // A rubric crosses the edge-silo hop too.
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        var rubric = (await drill.Scorer1.WaitFor<DrillStarted>()).Rubric;
        var sheet = DrillScript.Sheet(rubric, 4);
        sheet["boundaries"] = null;
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, sheet, ActionIds.New());
        Assert.Equal("Cy", (await drill.Agent.WaitFor<RubricSubmitted>()).ScorerName);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Server.Hosting;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>The limits stop floods and guessers, not people: whole drills at a person's pace, in several rooms at once, with the defaults.</summary>
[Collection(ServerCollection.Name)]
public sealed class NormalPlayLimitsTests
{
    /// <summary>About how long a person takes between two actions; quicker than most, so the test is not slow.</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task three_rooms_play_whole_drills_at_a_persons_pace_and_no_limit_refuses_anything()
    {
        using var data = new TempFolder();
        var defaults = new EdgeOptions();
        await using var server = await InProcessServer.StartAsync(
            data.Path, InProcessServer.SignInLimitFlag, defaults.SignInsPerAddressPerMinute.ToString(CultureInfo.InvariantCulture));

        // Twelve people sign in from one address (an office), and each room's players play at once.
        var rooms = new List<DrillScript>();
        for (var i = 0; i < 3; i++)
        {
            rooms.Add(await DrillScript.SetUpAsync(server.Url));
        }

        try
        {
            await Task.WhenAll(rooms.Select(PlayAsync));
            foreach (var drill in rooms)
            {
                foreach (var player in drill.Everyone)
                {
                    var history = await player.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory));
                    Assert.Single(history);
                }
            }
        }
        finally
        {
            foreach (var drill in rooms)
            {
                await drill.DisposeAsync();
            }
        }
    }

    private static async Task PlayAsync(DrillScript drill)
    {
        // A typo first: one wrong code costs nothing.
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => drill.Scorer1.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), "ZZZZZZ"));
        await drill.Start();
        var rubric = (await drill.Scorer1.WaitFor<DrillStarted>()).Rubric;
        string[] lines =
        [
            "My son's bike is stuck in a depot and his birthday is Saturday!",
            "I can hear how much Saturday matters. Let me find where the bike is.",
            "It has been stuck for a week.",
            "I see it at the Leeds depot. I'll ask them to send it today.",
            "Will it arrive by Saturday?",
            "Yes: I'll book Friday delivery and send you the tracking number.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            await drill.Say(i % 2 == 0 ? drill.Customer : drill.Agent, lines[i]);
            await Task.Delay(Pace);
            if (i % 2 == 1)
            {
                await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, i + 1, "empathy", TagPolarity.Plus, ActionIds.New());
                await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, i + 1, "ownership", TagPolarity.Plus, ActionIds.New());
            }

            if (i == 2)
            {
                // A network blip mid-call: the scorer comes back on a new connection and catches up.
                await drill.Scorer2.DropAsync();
                await drill.Scorer2.ReconnectAsync();
                await drill.Scorer2.Hub.InvokeAsync<ResyncResult>(nameof(IDrillHub.Resync), drill.Code, 0L);
            }
        }

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 3, ActionIds.New());
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        await Task.Delay(Pace);
        await drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.Code, "Booking the delivery turned her round.", ActionIds.New());
        foreach (var scorer in new[] { drill.Scorer1, drill.Scorer2 })
        {
            var sheet = DrillScript.Sheet(rubric, 4);
            sheet["boundaries"] = null;
            await scorer.Hub.InvokeAsync(nameof(IDrillHub.RateFidelity), drill.Code, 4, ActionIds.New());
            await scorer.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, sheet, ActionIds.New());
            await Task.Delay(Pace);
        }

        foreach (var player in drill.Everyone)
        {
            var debrief = (await player.WaitFor<DebriefPublished>()).Debrief;
            Assert.Equal(6, debrief.Transcript.Count);
            Assert.Equal(1, (await player.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), drill.Code, 1)).DrillNumber);
        }
    }
}

using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Failover;

/// <summary>
/// A room of four <see cref="FailoverPlayer"/>s, each connected to an edge of the test's choosing:
/// Ana (host, customer), Ben (agent), Cy and Dee (scorers); the drill has started.
/// </summary>
public sealed class FailoverDrill : IAsyncDisposable
{
    public const string CardId = "late-birthday-bike";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>A debrief reaches a healthy room's players in milliseconds; one that has not come by then will not.</summary>
    private static readonly TimeSpan DebriefPatience = TimeSpan.FromSeconds(30);

    private FailoverDrill(string code, IReadOnlyList<FailoverPlayer> players)
    {
        Code = code;
        Everyone = players;
    }

    public string Code { get; }

    public IReadOnlyList<FailoverPlayer> Everyone { get; }

    public FailoverPlayer Customer => Everyone[0];

    public FailoverPlayer Agent => Everyone[1];

    public FailoverPlayer Scorer1 => Everyone[2];

    public FailoverPlayer Scorer2 => Everyone[3];

    /// <summary>Signs the four in at <paramref name="edgeOf"/> (Ana's, Ben's, Cy's, Dee's edge) and starts a drill.</summary>
    public static async Task<FailoverDrill> StartAsync(EdgeAddresses edges, IReadOnlyList<string> edgeOf, string namePrefix = "")
    {
        var names = new[] { "Ana", "Ben", "Cy", "Dee" };
        var players = new List<FailoverPlayer>();
        for (var i = 0; i < names.Length; i++)
        {
            players.Add(await FailoverPlayer.SignInAsync(edges, edgeOf[i], namePrefix + names[i]));
        }

        var host = players[0];
        var code = (await host.CreateRoomAsync()).Code;
        foreach (var player in players.Skip(1))
        {
            await player.JoinRoomAsync(code);
        }

        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, players[0].Name, DrillRole.Customer, ActionIds.New());
        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, players[1].Name, DrillRole.Agent, ActionIds.New());
        await host.InvokeAsync(nameof(IDrillHub.StartDrill), code, CardId, ActionIds.New());
        var drill = new FailoverDrill(code, players);
        await drill.WaitUntilEveryoneSeesAsync(DrillPhase.Call);
        return drill;
    }

    /// <summary>
    /// One round of the actions a drill is made of: Ben says <paramref name="agentText"/>, Cy tags that
    /// message, Ana moves the anger one step. Each step waits until the players it concerns see it, as
    /// people would; two people acting at once is what <see cref="TwoEdgeDeliveryTests"/> is about.
    /// </summary>
    public async Task PlayRoundAsync(string agentText)
    {
        // An unchanged level announces nothing: always move it.
        var anger = (Customer.Read(Code, v => v.Anger) % DrillLimits.MaxAnger) + 1;
        await Agent.InvokeAsync(nameof(IDrillHub.SendMessage), Code, agentText, ActionIds.New());
        await WaitUntilEveryoneSeesAsync(agentText);
        var number = await NumberSeenByAsync(Scorer1, agentText);
        var tagsBefore = Scorer1.Read(Code, v => v.Tags);
        await Scorer1.InvokeAsync(nameof(IDrillHub.TagMessage), Code, number, "ownership", TagPolarity.Plus, ActionIds.New());
        await Poll.UntilAsync(() => Scorer1.Read(Code, v => v.Tags) > tagsBefore, Patience, "Cy to see the tag", Describe);
        await Customer.InvokeAsync(nameof(IDrillHub.SetAnger), Code, anger, ActionIds.New());
        await Poll.UntilAsync(() => Everyone.All(p => p.Read(Code, v => v.Anger) == anger), Patience, $"everyone to see anger {anger}", Describe);
    }

    /// <summary>Waits until every player sees a message with this text.</summary>
    public async Task WaitUntilEveryoneSeesAsync(string text)
    {
        foreach (var player in Everyone)
        {
            await NumberSeenByAsync(player, text);
        }
    }

    /// <summary>Waits until <paramref name="who"/> sees a message with this text and returns its number.</summary>
    public async Task<int> NumberSeenByAsync(FailoverPlayer who, string text)
    {
        await Poll.UntilAsync(() => who.TranscriptOf(Code).Any(m => m.Text == text), Patience, $"{who.Name} to see '{text}'", Describe);
        return who.TranscriptOf(Code).First(m => m.Text == text).Number;
    }

    /// <summary>The room as the server has it now, asked through <paramref name="who"/>'s connection.</summary>
    public Task<RoomSnapshot> RoomAsync(FailoverPlayer who) => who.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), Code);

    public Task WaitUntilEveryoneSeesAsync(DrillPhase phase, TimeSpan? patience = null) =>
        Poll.UntilAsync(
            () => Everyone.All(p => p.Read(Code, v => v.Phase) == phase),
            patience ?? Patience,
            $"every player to see room {Code} in phase {phase}",
            Describe);

    /// <summary>
    /// Ana ends the call and closes scoring; returns the debrief, and whatever kept a player from seeing
    /// it (null when everyone did): the audit then says what they missed.
    /// </summary>
    public async Task<(Debrief Debrief, string? Stuck)> FinishAsync()
    {
        await Customer.InvokeAsync(nameof(IDrillHub.EndCall), Code, CallOutcome.Resolved, ActionIds.New());
        await Customer.InvokeAsync(nameof(IDrillHub.CloseScoring), Code, ActionIds.New());
        string? stuck = null;
        try
        {
            await WaitUntilEveryoneSeesAsync(DrillPhase.Debrief, DebriefPatience);
        }
        catch (TimeoutException timeout)
        {
            stuck = timeout.Message;
        }

        return (await Customer.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), Code, 1), stuck);
    }

    /// <summary>Each player's edge, reconnects, last seq and connection notes.</summary>
    public string Describe() => string.Join("\n", Everyone.Select(p =>
        $"{p.Name}: edge {p.Edge}, caught up {p.IsCaughtUp}, reconnects {p.Reconnects}, last seq {p.LastSeqOf(Code)}\n  " +
        string.Join("\n  ", p.Notes.TakeLast(12))));

    public async ValueTask DisposeAsync()
    {
        foreach (var player in Everyone)
        {
            await player.DisposeAsync();
        }
    }
}

using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// A server with a facilitator key, a facilitator (Fay) with a league, and four members who joined it.
/// The server is the script's own, or the one the server collection shares (<see cref="Infrastructure.SharedServer"/>).
/// </summary>
public sealed class LeagueScript : IAsyncDisposable
{
    public const string FacilitatorKey = SharedServer.FacilitatorKey;

    /// <summary>The data folder of a server this script started; null on a shared server.</summary>
    private readonly TempFolder? _data;

    private LeagueScript(TempFolder? data, InProcessServer server, TestPlayer facilitator, IReadOnlyList<TestPlayer> members, LeagueView league)
    {
        _data = data;
        Server = server;
        Facilitator = facilitator;
        Members = members;
        League = league;
    }

    public InProcessServer Server { get; }

    public TestPlayer Facilitator { get; }

    public IReadOnlyList<TestPlayer> Members { get; }

    public LeagueView League { get; }

    public string Code => League.Code;

    public static Task<LeagueScript> SetUpAsync(params string[] names) => SetUpAsync(_ => { }, names);

    /// <summary>The same, on a server with extra services in its host (a fault injector, say).</summary>
    public static async Task<LeagueScript> SetUpAsync(Action<IServiceCollection> extraServices, params string[] names)
    {
        var data = new TempFolder();
        var server = await InProcessServer.StartAsync(data.Path, extraServices, "--facilitator-key", FacilitatorKey);
        return await SetUpAsync(data, server, names);
    }

    /// <summary>A new league with new players on a server started with <see cref="FacilitatorKey"/>, which the script leaves running.</summary>
    public static Task<LeagueScript> OnServerAsync(InProcessServer server, params string[] names) => SetUpAsync(null, server, names);

    private static async Task<LeagueScript> SetUpAsync(TempFolder? data, InProcessServer server, string[] names)
    {
        var fay = await TestPlayer.SignInAsync(server.Url, "Fay");
        await fay.Hub.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), FacilitatorKey);
        var league = await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Tuesday team");
        var members = new List<TestPlayer>();
        foreach (var name in names.Length > 0 ? names : ["Ana", "Ben", "Cy", "Dee"])
        {
            var member = await TestPlayer.SignInAsync(server.Url, name);
            await member.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.JoinLeague), league.Code.ToLowerInvariant());
            members.Add(member);
        }

        return new LeagueScript(data, server, fay, members, league);
    }

    public TestPlayer Player(string id) => Members.Single(m => m.Id == id);

    public Task<LeagueRoundView> Round(int number = 0) =>
        Facilitator.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), Code, number);

    /// <summary>Waits until the league has the debriefs of every drill of the latest round (rooms report them one-way).</summary>
    public async Task<LeagueRoundView> UntilScored()
    {
        var round = await Round();
        await Poll.UntilSucceedsAsync(
            async () =>
            {
                round = await Round();
                Assert.All(round.Drills, d => Assert.Equal("scored", d.Status));
            },
            TimeSpan.FromSeconds(20),
            "the league to have every debrief of its latest round");
        return round;
    }

    /// <summary>Waits until the league has the debrief of the first drill of the latest round of <paramref name="code"/>.</summary>
    public static Task UntilFirstDrillScored(TestPlayer facilitator, string code) =>
        Poll.UntilSucceedsAsync(
            async () => Assert.Equal("scored", (await facilitator.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.GetRound), code, 0)).Drills[0].Status),
            TimeSpan.FromSeconds(20),
            "the league to have the drill's debrief");

    /// <summary>
    /// Plays one league drill through to its debrief: the customer ends the call, the agent reflects,
    /// each scorer rates fidelity and submits every criterion at <paramref name="score"/>.
    /// </summary>
    public Task PlayAsync(LeagueDrillView drill, int score, int fidelity) => PlayAsync(Members, drill, score, fidelity);

    public static async Task PlayAsync(IReadOnlyList<TestPlayer> players, LeagueDrillView drill, int score, int fidelity)
    {
        TestPlayer Player(string id) => players.Single(p => p.Id == id);
        var room = await Player(drill.CustomerId).Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), drill.RoomCode);
        var customer = Player(drill.CustomerId);
        var agent = Player(drill.AgentId);
        await customer.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), drill.RoomCode, "This is the third time I've called about this!", ActionIds.New());
        await agent.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), drill.RoomCode, "I'm sorry, that's frustrating. I'll sort it out now.", ActionIds.New());
        await customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.RoomCode, CallOutcome.Resolved, ActionIds.New());
        await agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.RoomCode, "I owned it early.", ActionIds.New());
        foreach (var scorerId in drill.ScorerIds)
        {
            var scorer = Player(scorerId);
            await scorer.Hub.InvokeAsync(nameof(IDrillHub.RateFidelity), drill.RoomCode, fidelity, ActionIds.New());
            await scorer.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.RoomCode, room.Rubric.ToDictionary(c => c.Id, c => (int?)score), ActionIds.New());
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in Members.Append(Facilitator))
        {
            await p.DisposeAsync();
        }

        if (_data is not null)
        {
            await Server.DisposeAsync();
            _data.Dispose();
        }
    }
}

using System.Text;
using MessagePack;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.LeagueServer;

namespace TeamDrill.Tests.Players;

/// <summary>A league on the shared server with one round played, scored and closed, by members with names no other test uses.</summary>
public sealed class PlayedLeague : IAsyncDisposable
{
    private PlayedLeague(LeagueScript league, LeagueDrillView drill)
    {
        League = league;
        Drill = drill;
    }

    public LeagueScript League { get; }

    public LeagueDrillView Drill { get; }

    public TestPlayer Facilitator => League.Facilitator;

    public TestPlayer Agent => League.Player(Drill.AgentId);

    public TestPlayer Customer => League.Player(Drill.CustomerId);

    public TestPlayer Scorer => League.Player(Drill.ScorerIds[0]);

    public static async Task<PlayedLeague> PlayAsync(InProcessServer server)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var league = await LeagueScript.OnServerAsync(server, $"Ana{suffix}", $"Ben{suffix}", $"Cy{suffix}", $"Dee{suffix}");
        var fay = league.Facilitator;
        await fay.Hub.InvokeAsync<LeagueView>(nameof(ILeagueHub.StartSeason), league.Code, 4);
        var drill = Assert.Single((await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.StartRound), league.Code)).Drills);
        await league.PlayAsync(drill, score: 4, fidelity: 4);
        await league.UntilScored();
        await fay.Hub.InvokeAsync<LeagueRoundView>(nameof(ILeagueHub.CloseRound), league.Code);
        return new PlayedLeague(league, drill);
    }

    /// <summary>Whether <paramref name="value"/>, as the wire carries it to a client, holds <paramref name="text"/> anywhere.</summary>
    public static bool OnTheWire<T>(T value, string text)
    {
        var bytes = MessagePackSerializer.Serialize(value, WireFormat.Options);
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }

    public ValueTask DisposeAsync() => League.DisposeAsync();
}

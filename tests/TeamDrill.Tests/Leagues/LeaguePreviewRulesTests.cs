using MessagePack;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>Round preview: it shows what round start then does, and changes nothing.</summary>
public sealed class LeaguePreviewRulesTests
{
    private static readonly DateTimeOffset Now = T0.AddDays(1);

    [Fact]
    public void preview_shows_exactly_the_round_that_round_start_then_starts()
    {
        var league = InSeason(3, "Ana", "Ben", "Cy", "Dee", "Eli", "Flo", "Gus");
        league.SetPresence(Fay, "Ben", "absent");
        var bytes = MessagePackSerializer.Serialize(league.State);

        var ahead = league.Preview(Fay, 2, Deck, Now);

        Assert.Equal(bytes, MessagePackSerializer.Serialize(league.State));
        Assert.Equal([1, 2], ahead.Rounds.Select(r => r.Number));
        Assert.All(ahead.Rounds.SelectMany(r => r.Drills), d => Assert.Equal(("", League.PreviewStatus), (d.RoomCode, d.Status)));
        Assert.Equal(["Ben"], ahead.Rounds[0].Absent);

        // Round 1: the same rooms, roles and cards.
        var first = StartRound(league);
        Assert.Equal(2, first.Drills.Count);
        Assert.Equal(Drills(ahead.Rounds[0], cards: true), Drills(View(league, first), cards: true));
        Assert.All(first.Drills, d => Assert.NotEqual("", d.CardId));
        ScoreRound(league, 4, 4);
        league.CloseRound(Fay, Now);

        // Round 2 after new ratings: the preview's cards match round start again, and the roles match what
        // the two-round preview planned before round 1 (the same history, the same seed).
        var next = league.Preview(Fay, 1, Deck, Now);
        Assert.Equal("", next.Note);
        var second = StartRound(league);
        Assert.Equal(2, second.Number);
        Assert.Equal(Drills(Assert.Single(next.Rounds), cards: true), Drills(View(league, second), cards: true));
        Assert.Equal(Drills(ahead.Rounds[1], cards: false), Drills(View(league, second), cards: false));
        Assert.Contains(Id("Ben"), LeagueTable.People(second));
        Assert.Empty(second.AbsentIds);
    }

    [Fact]
    public void preview_of_three_rounds_leaves_an_away_member_out_of_all_and_an_absent_member_out_of_the_first_only()
    {
        var league = InSeason(3, "Ana", "Ben", "Cy", "Dee", "Eli", "Flo");
        league.SetPresence(Fay, "Ana", "absent");
        league.SetPresence(Fay, "Ben", "away");
        var bytes = MessagePackSerializer.Serialize(league.State);

        var preview = league.Preview(Fay, 3, Deck, Now);

        Assert.Equal(bytes, MessagePackSerializer.Serialize(league.State));
        Assert.Equal([1, 2, 3], preview.Rounds.Select(r => r.Number));
        Assert.Equal(["Ana,Ben", "Ben", "Ben"], preview.Rounds.Select(r => string.Join(",", r.Absent)));
        Assert.All(preview.Rounds, r => Assert.DoesNotContain(Id("Ben"), People(r)));
        Assert.DoesNotContain(Id("Ana"), People(preview.Rounds[0]));

        // Everyone not away is in exactly one drill of each later round; only round 1 has cards.
        var attending = league.State.Members.Where(m => m.Name != "Ben").Select(m => m.PlayerId).Order().ToList();
        Assert.Equal(attending, People(preview.Rounds[1]).Order());
        Assert.Equal(attending, People(preview.Rounds[2]).Order());
        Assert.All(preview.Rounds[0].Drills, d => Assert.NotEqual("", d.CardId));
        Assert.All(preview.Rounds.Skip(1).SelectMany(r => r.Drills), d => Assert.Equal("", d.CardId));
        Assert.Equal(
            "Cards are shown for round 1 only: each later round's cards depend on ratings that change when the rounds before it close.",
            preview.Note);
        Assert.Equal(0, league.View().Rounds);
    }

    private static LeagueRoundView View(League league, Shared.Leagues.Stored.LeagueRoundState round) =>
        league.RoundView(round, round.Drills.Select(_ => "waiting").ToList());

    private static List<string> Drills(LeagueRoundView round, bool cards) =>
        round.Drills.Select(d => $"{d.Room}: {d.AgentId} {d.CustomerId} [{string.Join(" ", d.ScorerIds)}]" + (cards ? $" {d.CardId} {d.CardTitle}" : "")).ToList();

    private static IEnumerable<string> People(LeagueRoundView round) =>
        round.Drills.SelectMany(d => new[] { d.AgentId, d.CustomerId }.Concat(d.ScorerIds));
}

using MessagePack;
using MessagePack.Resolvers;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Leagues;

/// <summary>
/// Data folders hold leagues as the grain stored them before the league's rules moved to shared: those
/// rows must read back, and a league must be written the same way.
/// </summary>
public sealed class StoredLeagueFormatTests
{
    /// <summary>
    /// A league with one closed round, written by the state types as they were in the grains project
    /// (commit 023d8db), with the grain storage's MessagePack options.
    /// </summary>
    private const string StoredBeforeTheMove =
        "nKZLN1FYMk2sVHVlc2RheSB0ZWFtpXAtZmF5o0ZheZLW/2rqISAAk5alcC1hbmGjQW5hpU5vcnRowpLW/2rqIVwAAJalcC1iZW6jQmVuoMKS1v9q6iGYAAKWpHAtY3miQ3mgw5LW/2rqIdQAAAEDkZkBAZGYAaZSN1RUMk2lcC1hbmGkcC1jeZGlcC1iZW6rbGF0ZS1wYXJjZWy6VGhlIHBhcmNlbCB0aGF0IG5ldmVyIGNhbWWZyz/oAAAAAAAAgadlbXBhdGh5y0AQAAAAAAAAkZalcC1iZW6jQmVuyz/gAAAAAAAAy7/gAAAAAAAApnN0cmljdIGnZW1wYXRoecs/4AAAAAAAAJGTpXAtYmVuo0JlbgSRlKVwLWJlbqNCZW6Bp2VtcGF0aHkEktb/aut5qACRp2VtcGF0aHkBktb/aut3UACBpXAtYmVuo0JlbpGlcC1iZW7Dktb/autyoACS1v9q64CwAMs/4AAAAAAAAMCBpXAtYW5hk8tAmTIAAAAAAMtAciQAAAAAAMs/rrhR64UeuIGrbGF0ZS1wYXJjZWyTy0CVrgAAAAAAy0ByJAAAAAAAyz+uuFHrhR64zTA5";

    private static readonly MessagePackSerializerOptions StorageOptions = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    [Fact]
    public void a_league_stored_before_the_move_reads_back_whole()
    {
        var state = MessagePackSerializer.Deserialize<LeagueState>(Convert.FromBase64String(StoredBeforeTheMove), StorageOptions);

        Assert.Equal(("K7QX2M", "Tuesday team", "p-fay", "Fay", 1, 3, 12345), (state.Code, state.Name, state.FacilitatorId, state.FacilitatorName, state.Season, state.RoomSize, state.SeasonSeed));
        Assert.Equal(["Ana/North/Present/False", "Ben//Away/False", "Cy//Present/True"], state.Members.Select(m => $"{m.Name}/{m.Group}/{m.Presence}/{m.AbsentUntilPresent}"));
        var round = Assert.Single(state.Rounds);
        Assert.Equal((1, 1, true, 0.5, "p-ben"), (round.Season, round.Number, round.Closed, round.AgreementAlpha, string.Join(",", round.AbsentIds)));
        var drill = Assert.Single(round.Drills);
        Assert.Equal(("R7TT2M", "p-ana", "p-cy", "late-parcel"), (drill.RoomCode, drill.AgentId, drill.CustomerId, drill.CardId));
        var result = drill.Result!;
        Assert.Equal((0.75, 4.0, "strict", 4, CallOutcome.Resolved), (result.AgentScore, result.Consensus["empathy"], result.Calibration[0].Leaning, result.Fidelity[0].Score, result.Outcome));
        Assert.Equal(1612.5, state.AgentRatings["p-ana"].Rating);
        Assert.Equal(1387.5, state.CardRatings["late-parcel"].Rating);
    }

    [Fact]
    public void a_league_is_written_byte_for_byte_as_before_the_move()
    {
        var bytes = Convert.FromBase64String(StoredBeforeTheMove);

        var state = MessagePackSerializer.Deserialize<LeagueState>(bytes, StorageOptions);

        Assert.Equal(bytes, MessagePackSerializer.Serialize(state, StorageOptions));
    }

    [Fact]
    public void the_rules_read_a_stored_league_and_its_old_absence_as_away()
    {
        var league = new League("K7QX2M", MessagePackSerializer.Deserialize<LeagueState>(Convert.FromBase64String(StoredBeforeTheMove), StorageOptions));

        league.UpgradeStoredPresence();

        Assert.Equal(LeaguePresence.Away, league.ViewFor("p-cy").Members[2].Presence);
        Assert.Equal("Round 1 is already closed.", Assert.Throws<Shared.Drills.DrillRuleException>(() => league.CloseRound("p-fay", DateTimeOffset.UnixEpoch)).Message);
    }
}

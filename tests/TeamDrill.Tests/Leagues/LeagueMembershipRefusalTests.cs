using TeamDrill.Shared.Text;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Leagues.LeagueTable;

namespace TeamDrill.Tests.Leagues;

/// <summary>Creating, joining, presence and groups: bad input gets its own message and leaves the league exactly as it was.</summary>
public sealed class LeagueMembershipRefusalTests
{
    [Fact]
    public void only_a_facilitator_creates_a_league()
    {
        var league = new League(Code, new LeagueState());

        AssertRefused(league, "Only a facilitator can create a league: claim the server's facilitator key first (teamdrill league claim KEY).",
            () => league.Create(Id("Ana"), "Ana", isFacilitator: false, "Ana's league", BlockedWords.None, T0));
        Assert.False(league.Exists);
    }

    [Fact]
    public void a_league_is_created_once()
    {
        var league = Created();

        AssertRefused(league, "League K7QX2M already exists.", () => league.Create(Fay, "Fay", isFacilitator: true, "Again", BlockedWords.None, T0));
        Assert.Equal("Tuesday team", league.State.Name);
    }

    [Theory]
    [InlineData(" \u001b ")]
    [InlineData("")]
    public void a_league_name_left_empty_by_cleaning_is_refused(string name)
    {
        var league = new League(Code, new LeagueState());

        AssertRefused(league, "A league name is 1 to 48 characters long.", () => league.Create(Fay, "Fay", isFacilitator: true, name, BlockedWords.None, T0));
    }

    [Fact]
    public void a_league_name_over_48_characters_is_refused_and_48_are_fine()
    {
        var league = new League(Code, new LeagueState());

        AssertRefused(league, "A league name is 1 to 48 characters long.",
            () => league.Create(Fay, "Fay", isFacilitator: true, new string('n', 49), BlockedWords.None, T0));
        league.Create(Fay, "Fay", isFacilitator: true, "\u001b" + new string('n', 48), BlockedWords.None, T0);
        Assert.Equal(new string('n', 48), league.State.Name);
    }

    [Fact]
    public void a_code_with_no_league_behind_it_is_refused_by_name()
    {
        var league = new League("ZZZZZZ", new LeagueState());

        AssertRefused(league, "There is no league ZZZZZZ. Check the code with your facilitator.", () => league.Join(Id("Ana"), "Ana", T0));
        AssertRefused(league, "There is no league ZZZZZZ. Check the code with your facilitator.", () => league.ViewFor(Id("Ana")));
        AssertRefused(league, "There is no league ZZZZZZ. Check the code with your facilitator.", () => league.SetPresence(Fay, "Ana", "away"));
    }

    [Fact]
    public void the_facilitator_cannot_join_their_own_league()
    {
        var league = WithMembers();

        AssertRefused(league, "You run this league as its facilitator; facilitators don't play in their own league.",
            () => league.Join(Fay, "Fay", T0));
    }

    [Fact]
    public void a_full_league_refuses_the_next_member_but_lets_a_member_join_again()
    {
        var league = Created();
        for (var i = 0; i < League.MaxMembers; i++)
        {
            league.Join($"p-{i}", $"Member {i}", T0);
        }

        AssertRefused(league, "League K7QX2M is full (200 members).", () => league.Join(Id("Ana"), "Ana", T0));
        Assert.False(league.Join("p-7", "Member 7", T0));
    }

    [Fact]
    public void an_unknown_presence_word_is_refused_with_the_words_allowed()
    {
        var league = WithMembers();

        foreach (var word in new[] { "sick", "absent-ish", "true", "" })
        {
            AssertRefused(league,
                $"'{word}' is not a presence: use present, absent (misses the next round) or away (misses every round until marked present).",
                () => league.SetPresence(Fay, "Ben", word));
        }
    }

    [Fact]
    public void a_member_marks_only_themselves()
    {
        var league = WithMembers();

        AssertRefused(league, "Only the facilitator marks someone else present, absent or away.",
            () => league.SetPresence(Id("Ana"), "Dee", "absent"));
        AssertRefused(league, "Only the facilitator marks someone else present, absent or away.",
            () => league.SetPresence(Id("Ana"), "Dee", "away"));
    }

    [Fact]
    public void someone_who_is_not_a_member_cannot_be_marked_or_grouped()
    {
        var league = WithMembers();

        AssertRefused(league, "'Eve' is not a member of league K7QX2M.", () => league.SetGroup(Fay, "Eve", "South", BlockedWords.None));
        AssertRefused(league, "'Eve' is not a member of league K7QX2M.", () => league.SetPresence(Fay, " Eve\u001b ", "away"));
    }

    [Fact]
    public void only_the_facilitator_puts_members_in_groups_of_at_most_24_characters()
    {
        var league = WithMembers();

        AssertRefused(league, "Only the league's facilitator can put members in groups.", () => league.SetGroup(Id("Ana"), "Ana", "North", BlockedWords.None));
        AssertRefused(league, "A group name is at most 24 characters long.", () => league.SetGroup(Fay, "Ana", new string('g', 25), BlockedWords.None));
    }

    [Fact]
    public void someone_outside_the_league_reads_nothing_of_it()
    {
        var league = InSeason();
        PlayRound(league);

        const string refusal = "You are not in league K7QX2M: join it with its code first.";
        AssertRefused(league, refusal, () => league.ViewFor(Stranger));
        AssertRefused(league, refusal, () => league.Standings(Stranger, Deck));
        AssertRefused(league, refusal, () => league.Export(Stranger, "standings", "csv", Deck));
        AssertRefused(league, refusal, () => league.LatestRoundFor(Stranger));
        AssertRefused(league, refusal, () => league.Round(Stranger, 0));
        Assert.Equal("Tuesday team", league.ViewFor(Fay).Name);
        Assert.Equal(4, league.ViewFor(Id("Dee")).Members.Count);
    }

    [Fact]
    public void presence_is_read_in_any_case_and_the_facilitator_marks_anyone()
    {
        var league = WithMembers();

        league.SetPresence(Id("Ana"), "Ana", "AWAY");
        league.SetPresence(Fay, "dee", " absent ");

        Assert.Equal(
            [("Ana", LeaguePresence.Away, false), ("Ben", LeaguePresence.Present, true), ("Cy", LeaguePresence.Present, true), ("Dee", LeaguePresence.Absent, false)],
            league.View().Members.Select(m => (m.Name, m.Presence, m.Present)));
    }

    [Fact]
    public void joining_twice_changes_nothing()
    {
        var league = WithMembers();
        var before = league.View().Members.Select(m => m.PlayerId).ToList();

        Assert.False(league.Join(Id("Ana"), "Ana again", T0.AddDays(1)));

        Assert.Equal(before, league.View().Members.Select(m => m.PlayerId));
        Assert.Equal("Ana", league.View().Members[0].Name);
    }

    [Fact]
    public void a_group_name_is_cleaned_and_kept()
    {
        var league = WithMembers();

        league.SetGroup(Fay, "ana", " North\u001b ", BlockedWords.None);

        Assert.Equal("North", league.View().Members.Single(m => m.Name == "Ana").Group);
    }

    [Fact]
    public void absence_stored_before_presence_per_round_reads_as_away()
    {
        var league = WithMembers();
        league.State.Members[1].AbsentUntilPresent = true;

        Assert.True(league.UpgradeStoredPresence());

        Assert.Equal(LeaguePresence.Away, league.View().Members[1].Presence);
        Assert.False(league.State.Members[1].AbsentUntilPresent);
        Assert.False(league.UpgradeStoredPresence());
    }
}

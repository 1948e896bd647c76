using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Rounds: who plays which role in which room (<see cref="SeasonScheduler"/>) and which card each agent
/// gets (<see cref="CardChooser"/>), then storing the round once its rooms are open, and the debriefs
/// its rooms send back.
/// </summary>
public sealed partial class League
{
    /// <summary>
    /// The next round with its rooms, roles and cards, for round start: not yet stored, its rooms not yet
    /// opened (they have no code). Every refusal comes from here, so a refused round start changes nothing.
    /// </summary>
    public LeagueRoundState PlanNextRound(string actorId, IReadOnlyList<PublicBrief> deck, DateTimeOffset now)
    {
        RequireFacilitator(actorId, "start a round");
        return PlanRound(PresentForNextRound("starting"), deck, now);
    }

    /// <summary>
    /// Stores a planned round whose rooms are open. An absence covers one round: stored with the round,
    /// the members absent for it are back for the next.
    /// </summary>
    public void AddRound(LeagueRoundState round)
    {
        ArgumentNullException.ThrowIfNull(round);
        State.Rounds.Add(round);
        foreach (var member in State.Members.Where(m => m.Presence == LeaguePresence.Absent))
        {
            member.Presence = LeaguePresence.Present;
        }
    }

    /// <summary>Round <paramref name="number"/> of this season, or the latest for 0.</summary>
    public LeagueRoundState Round(string playerId, int number)
    {
        RequireReader(playerId);
        var rounds = SeasonRounds().ToList();
        if (rounds.Count == 0)
        {
            throw new DrillRuleException("No round has started yet this season.");
        }

        if (number < 0 || number > rounds.Count)
        {
            throw new DrillRuleException($"There is no round {number} this season; rounds so far: 1 to {rounds.Count}.");
        }

        return number == 0 ? rounds[^1] : rounds[number - 1];
    }

    /// <summary>
    /// Keeps what the league needs of a drill's debrief. Returns false, changing nothing, for a room this
    /// league did not schedule or a second drill in a league room: that is not a league result.
    /// </summary>
    public bool RecordDebrief(string roomCode, Debrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        var drill = State.Rounds.SelectMany(r => r.Drills).FirstOrDefault(d => d.RoomCode == roomCode);
        if (!State.Exists || drill is null || drill.Result is not null)
        {
            return false;
        }

        drill.Result = new LeagueDrillResult
        {
            AgentScore = debrief.Figures?.Score is double score ? Math.Clamp(score / 100.0, 0, 1) : null,
            Consensus = debrief.Consensus.Where(c => c.Consensus is not null)
                .ToDictionary(c => c.CriterionId, c => c.Consensus!.Value, StringComparer.Ordinal),
            Calibration = [.. debrief.Figures?.Calibration ?? []],
            Fidelity = [.. debrief.Fidelity],
            Sheets = [.. debrief.Rubrics],
            CriterionIds = debrief.Rubric.Count > 0 ? debrief.Rubric.Select(c => c.Id).ToList() : debrief.Consensus.Select(c => c.CriterionId).ToList(),
            Outcome = debrief.Outcome,
            EndedAt = debrief.EndedAt,
        };
        return true;
    }

    /// <summary>
    /// The members present for the next round, once the refusals that round start and its preview share have
    /// passed: a season, no open round, at least three present. <paramref name="doing"/> says what waits for the open round.
    /// </summary>
    private List<string> PresentForNextRound(string doing)
    {
        if (State.Season == 0)
        {
            throw new DrillRuleException("No season has started yet: start one first (teamdrill league season start).");
        }

        if (LatestRound() is { Closed: false } open)
        {
            throw new DrillRuleException($"Round {open.Number} is still open: close it before {doing} the next (teamdrill league round close).");
        }

        var present = State.Members.Where(m => m.Presence == LeaguePresence.Present).Select(m => m.PlayerId).ToList();
        if (present.Count < RoomSizing.MinimumRoom)
        {
            throw new DrillRuleException(
                $"Only {present.Count} of {State.Members.Count} members are present; a round needs at least {RoomSizing.MinimumRoom}.");
        }

        return present;
    }

    /// <summary>The next round's rooms and roles from the scheduler, and each agent's card from the deck.</summary>
    private LeagueRoundState PlanRound(IReadOnlyList<string> present, IReadOnlyList<PublicBrief> deck, DateTimeOffset now)
    {
        var plan = SeasonScheduler.PlanRound(MemberIds(), present, State.RoomSize, SeasonHistory(), State.SeasonSeed);

        var ratings = LeagueReports.Ratings(State);
        var pool = deck.Select(b => new CardCandidate(b.CardId, b.Criteria, ratings.Card(b.CardId))).ToList();
        var titles = Titles(deck);
        var round = new LeagueRoundState
        {
            Season = State.Season,
            Number = SeasonRounds().Count() + 1,
            AbsentIds = State.Members.Where(m => m.Presence != LeaguePresence.Present).Select(m => m.PlayerId).ToList(),
            StartedAt = now,
        };
        foreach (var scheduled in plan.Drills)
        {
            var had = State.Rounds.SelectMany(r => r.Drills).Where(d => d.AgentId == scheduled.AgentId).Select(d => d.CardId);
            var card = CardChooser.Choose(pool, AgentCardHistory.FromCards(had, pool), ratings.Agent(scheduled.AgentId))
                ?? throw new DrillRuleException($"{NameOf(scheduled.AgentId)} has had every card in the deck: add content before the next round.");
            var drill = ToDrillState(scheduled);
            drill.CardId = card.Id;
            drill.CardTitle = titles.GetValueOrDefault(card.Id, card.Id);
            round.Drills.Add(drill);
        }

        return round;
    }

    private List<string> MemberIds() => State.Members.Select(m => m.PlayerId).ToList();

    /// <summary>The season's rounds as the scheduler reads them, oldest first.</summary>
    private List<RoundPlan> SeasonHistory() => SeasonRounds().Select(ToPlan).ToList();

    private static RoundPlan ToPlan(LeagueRoundState round) =>
        new(round.Drills.Select(d => new ScheduledDrill(d.Room, d.AgentId, d.CustomerId, d.ScorerIds)).ToList(), []);

    /// <summary>A scheduled drill as the league stores it, before it has a card or a room.</summary>
    private static LeagueDrillState ToDrillState(ScheduledDrill drill) => new()
    {
        Room = drill.Room,
        AgentId = drill.AgentId,
        CustomerId = drill.CustomerId,
        ScorerIds = [.. drill.ScorerIds],
    };
}

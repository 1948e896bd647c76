using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues;

/// <summary>What members and the facilitator see of the league, its rounds and their own drills.</summary>
public sealed partial class League
{
    /// <summary>A drill the league has the debrief of.</summary>
    public const string ScoredStatus = "scored";

    public LeagueView View() => new()
    {
        Code = Code,
        Name = State.Name,
        FacilitatorId = State.FacilitatorId,
        FacilitatorName = State.FacilitatorName,
        Members = State.Members.Select(m => new LeagueMemberView
        {
            PlayerId = m.PlayerId, Name = m.Name, Group = m.Group, Present = m.Presence == LeaguePresence.Present, Presence = m.Presence,
        }).ToList(),
        Season = State.Season,
        RoomSize = State.RoomSize,
        Rounds = SeasonRounds().Count(),
        RoundOpen = LatestRound() is { Closed: false },
    };

    /// <summary>The view a reader gets after the refusals: for members and the facilitator only.</summary>
    public LeagueView ViewFor(string playerId)
    {
        RequireReader(playerId);
        return View();
    }

    /// <summary>A round with each drill's status, in drill order (<paramref name="statuses"/>: one per drill).</summary>
    public LeagueRoundView RoundView(LeagueRoundState round, IReadOnlyList<string> statuses)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count != round.Drills.Count)
        {
            throw new ArgumentException($"Round {round.Number} has {round.Drills.Count} drills; {statuses.Count} statuses came.", nameof(statuses));
        }

        return new LeagueRoundView
        {
            LeagueCode = Code,
            Season = round.Season,
            Number = round.Number,
            Closed = round.Closed,
            Drills = round.Drills.Select((d, i) => DrillView(d, statuses[i])).ToList(),
            Absent = round.AbsentIds.Select(NameOf).ToList(),
            Agreement = round.Closed ? new AgreementFigure { Alpha = round.AgreementAlpha, Reason = round.AgreementReason } : null,
        };
    }

    /// <summary>
    /// A drill's status from its room while the league has no debrief: waiting (started, nobody has spoken
    /// yet), call, scoring, or lobby.
    /// </summary>
    public static string StatusFromRoom(DrillPhase phase, int messagesSpoken) => phase switch
    {
        DrillPhase.Call when messagesSpoken == 0 => "waiting",
        DrillPhase.Call => "call",
        DrillPhase.Scoring => "scoring",
        // The debrief is out but its one-way report has not reached the league yet: scored in a moment.
        DrillPhase.Debrief => "scoring",
        _ => "lobby",
    };

    /// <summary>The season's latest round for a reader's assignments; null before the first.</summary>
    public LeagueRoundState? LatestRoundFor(string playerId)
    {
        RequireReader(playerId);
        return LatestRound();
    }

    /// <summary>The drills of <paramref name="round"/> this player plays or scores in, with their role.</summary>
    public List<LeagueAssignmentView> Assignments(string playerId, LeagueRoundView round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.Drills
            .Select(d => (Drill: d, Role: d.AgentId == playerId ? DrillRole.Agent
                : d.CustomerId == playerId ? DrillRole.Customer
                : d.ScorerIds.Contains(playerId) ? DrillRole.Scorer : DrillRole.None))
            .Where(x => x.Role != DrillRole.None)
            .Select(x => new LeagueAssignmentView
            {
                LeagueCode = Code,
                LeagueName = State.Name,
                Season = round.Season,
                Round = round.Number,
                RoomCode = x.Drill.RoomCode,
                Role = x.Role,
                AgentName = x.Drill.AgentName,
                CustomerName = x.Drill.CustomerName,
                Status = x.Drill.Status,
            })
            .ToList();
    }

    private LeagueDrillView DrillView(LeagueDrillState d, string status) => new()
    {
        Room = d.Room,
        RoomCode = d.RoomCode,
        AgentId = d.AgentId,
        AgentName = NameOf(d.AgentId),
        CustomerId = d.CustomerId,
        CustomerName = NameOf(d.CustomerId),
        ScorerIds = d.ScorerIds,
        ScorerNames = d.ScorerIds.Select(NameOf).ToList(),
        CardId = d.CardId,
        CardTitle = d.CardTitle,
        Status = status,
        Points = d.Result?.AgentScore is double score ? LeagueTables.Points(score) : null,
    };
}

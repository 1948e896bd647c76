using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Ratings;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Closing a round once every drill is scored: the round is one rating period for agents and cards
/// (<see cref="LeagueRatings"/>), and the panel's agreement over its rubrics is kept with it.
/// </summary>
public sealed partial class League
{
    /// <summary>Closes the season's latest round and returns it.</summary>
    public LeagueRoundState CloseRound(string actorId, DateTimeOffset now)
    {
        RequireFacilitator(actorId, "close a round");
        var round = LatestRound() ?? throw new DrillRuleException("No round has started yet this season.");
        if (round.Closed)
        {
            throw new DrillRuleException($"Round {round.Number} is already closed.");
        }

        var waiting = round.Drills.Where(d => d.Result is null).Select(d => d.RoomCode).ToList();
        if (waiting.Count > 0)
        {
            throw new DrillRuleException(
                $"Round {round.Number} has {waiting.Count} drill{(waiting.Count == 1 ? "" : "s")} not scored yet (room {string.Join(", ", waiting)}): wait for the debrief or close its scoring first.");
        }

        var games = round.Drills.Where(d => d.Result!.AgentScore is not null)
            .Select(d => new DrillGame(d.AgentId, d.CardId, d.Result!.AgentScore!.Value)).ToList();
        var rated = LeagueRatings.RatePeriod(LeagueReports.Ratings(State), games);
        var criteria = round.Drills.SelectMany(d => d.Result!.CriterionIds).Distinct(StringComparer.Ordinal).ToList();
        var agreement = PanelAgreement.ForDrills(criteria, round.Drills.Select(d => (IReadOnlyList<RubricSheet>)d.Result!.Sheets));

        State.AgentRatings = rated.Agents.ToDictionary(r => r.Key, r => RatingState.From(r.Value), StringComparer.Ordinal);
        State.CardRatings = rated.Cards.ToDictionary(r => r.Key, r => RatingState.From(r.Value), StringComparer.Ordinal);
        round.Closed = true;
        round.ClosedAt = now;
        round.AgreementAlpha = agreement.Ordinal.Alpha;
        round.AgreementReason = agreement.Ordinal.Reason;
        return round;
    }
}

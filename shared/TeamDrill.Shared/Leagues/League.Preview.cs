using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// Round preview: the next rounds as round start would plan them, from today's presence. It changes
/// nothing. The first round comes from the same planning that round start uses, so it is that round
/// exactly; later rounds run the scheduler on the history plus the rounds before them.
/// </summary>
public sealed partial class League
{
    /// <summary>Drills of a preview have no room yet; this is their status.</summary>
    public const string PreviewStatus = "preview";

    public LeaguePreviewView Preview(string actorId, int rounds, IReadOnlyList<PublicBrief> deck, DateTimeOffset now)
    {
        RequireFacilitator(actorId, "preview rounds");
        if (rounds is < 1 or > LeaguePreviewView.MaxRounds)
        {
            throw new DrillRuleException($"A preview shows 1 to {LeaguePreviewView.MaxRounds} rounds; {rounds} is out of range.");
        }

        var first = PlanRound(PresentForNextRound("previewing"), deck, now);
        var views = new List<LeagueRoundView> { PreviewView(first) };

        // After the first round, absent members are back and away members still miss every round.
        var away = State.Members.Where(m => m.Presence == LeaguePresence.Away).Select(m => m.PlayerId).ToList();
        var attending = State.Members.Where(m => m.Presence != LeaguePresence.Away).Select(m => m.PlayerId).ToList();
        var history = SeasonHistory();
        history.Add(ToPlan(first));
        for (var next = first.Number + 1; next < first.Number + rounds; next++)
        {
            var plan = SeasonScheduler.PlanRound(MemberIds(), attending, State.RoomSize, history, State.SeasonSeed);
            if (plan.Drills.Count > 0)
            {
                // A round of fewer than three would not start, so it is no part of the history after it.
                history.Add(plan);
            }

            views.Add(PreviewView(new LeagueRoundState
            {
                Season = State.Season,
                Number = next,
                AbsentIds = away,
                Drills = plan.Drills.Select(ToDrillState).ToList(),
            }));
        }

        return new LeaguePreviewView
        {
            LeagueCode = Code,
            Season = State.Season,
            Rounds = views,
            Note = rounds == 1 ? ""
                : $"Cards are shown for round {first.Number} only: each later round's cards depend on ratings that change when the rounds before it close.",
        };
    }

    private LeagueRoundView PreviewView(LeagueRoundState round) =>
        RoundView(round, round.Drills.Select(_ => PreviewStatus).ToList());
}

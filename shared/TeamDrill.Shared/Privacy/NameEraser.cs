using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Privacy;

/// <summary>
/// Replaces one player's name with a neutral label wherever a room, a debrief or a league keeps it.
/// Ids stay, so scores and tallies still add up; only the name goes. Free text people typed is left as written.
/// </summary>
public sealed class NameEraser(string playerId, string label)
{
    public string PlayerId { get; } = playerId;

    public string Label { get; } = label;

    /// <summary>True when the debrief names the player anywhere, so it must be rewritten.</summary>
    public bool Mentions(Debrief debrief) =>
        debrief.Participants.Any(p => p.PlayerId == PlayerId)
        || debrief.Transcript.Any(m => m.SenderId == PlayerId)
        || debrief.Tags.Any(t => t.ScorerId == PlayerId)
        || debrief.Rubrics.Any(r => r.ScorerId == PlayerId)
        || debrief.Fidelity.Any(f => f.ScorerId == PlayerId)
        || debrief.SupportLines.Any(s => s.ScorerId == PlayerId);

    /// <summary>True when the room's live state names the player (as a member, in the drill running, or in the last debrief).</summary>
    public bool Mentions(RoomState room) =>
        room.Members.Any(m => m.PlayerId == PlayerId)
        || (room.Current is { } drill && (drill.Participants.Any(p => p.PlayerId == PlayerId) || drill.Transcript.Any(m => m.SenderId == PlayerId)))
        || (room.LastDebrief is { } last && Mentions(last));

    public void Erase(RoomState room)
    {
        foreach (var member in room.Members.Where(m => m.PlayerId == PlayerId))
        {
            member.Name = Label;
        }

        if (room.Current is { } drill)
        {
            drill.Participants = [.. drill.Participants.Select(Erase)];
            drill.Transcript = [.. drill.Transcript.Select(Erase)];
            drill.Tags = [.. drill.Tags.Select(Erase)];
            drill.Rubrics = [.. drill.Rubrics.Select(Erase)];
            drill.Fidelity = [.. drill.Fidelity.Select(Erase)];
            drill.SupportLines = [.. drill.SupportLines.Select(Erase)];
        }

        if (room.LastDebrief is { } last)
        {
            room.LastDebrief = Erase(last);
        }
    }

    public void Erase(LeagueState league)
    {
        if (league.FacilitatorId == PlayerId)
        {
            league.FacilitatorName = Label;
        }

        foreach (var member in league.Members.Where(m => m.PlayerId == PlayerId))
        {
            member.Name = Label;
        }

        foreach (var result in league.Rounds.SelectMany(r => r.Drills).Select(d => d.Result).OfType<LeagueDrillResult>())
        {
            if (result.Names.ContainsKey(PlayerId))
            {
                result.Names[PlayerId] = Label;
            }

            result.Calibration = [.. result.Calibration.Select(Erase)];
            result.Fidelity = [.. result.Fidelity.Select(Erase)];
            result.Sheets = [.. result.Sheets.Select(Erase)];
        }
    }

    public Debrief Erase(Debrief d) => new()
    {
        RoomCode = d.RoomCode,
        DrillNumber = d.DrillNumber,
        Brief = d.Brief,
        Participants = [.. d.Participants.Select(Erase)],
        Outcome = d.Outcome,
        StartedAt = d.StartedAt,
        EndedAt = d.EndedAt,
        Transcript = [.. d.Transcript.Select(Erase)],
        AngerCurve = d.AngerCurve,
        Tags = [.. d.Tags.Select(Erase)],
        Consensus = d.Consensus,
        OverallScore = d.OverallScore,
        Rubrics = [.. d.Rubrics.Select(Erase)],
        ClosedEarly = d.ClosedEarly,
        Reflection = d.Reflection,
        CoachHints = d.CoachHints,
        Fidelity = [.. d.Fidelity.Select(Erase)],
        Figures = d.Figures is null ? null : Erase(d.Figures),
        Rubric = d.Rubric,
        CardVersion = d.CardVersion,
        ReflectionDoDifferently = d.ReflectionDoDifferently,
        SupportLines = [.. d.SupportLines.Select(Erase)],
    };

    private DebriefFigures Erase(DebriefFigures f) => new()
    {
        Score = f.Score,
        Components = f.Components,
        OrdinalAlpha = f.OrdinalAlpha,
        IntervalAlpha = f.IntervalAlpha,
        Calibration = [.. f.Calibration.Select(Erase)],
        Reasons = f.Reasons,
        FidelityMean = f.FidelityMean,
    };

    private MemberView Erase(MemberView m) => m.PlayerId != PlayerId ? m : new()
    {
        PlayerId = m.PlayerId, Name = Label, Role = m.Role, IsHost = m.IsHost,
    };

    private TranscriptMessage Erase(TranscriptMessage m) => m.SenderId != PlayerId ? m : new()
    {
        Number = m.Number, SenderId = m.SenderId, SenderName = Label, Role = m.Role, Text = m.Text, At = m.At,
    };

    private MessageTag Erase(MessageTag t) => t.ScorerId != PlayerId ? t : new()
    {
        ScorerId = t.ScorerId, ScorerName = Label, MessageNumber = t.MessageNumber, Technique = t.Technique, Polarity = t.Polarity, At = t.At,
    };

    private RubricSheet Erase(RubricSheet s) => s.ScorerId != PlayerId ? s : new()
    {
        ScorerId = s.ScorerId, ScorerName = Label, Scores = s.Scores, SubmittedAt = s.SubmittedAt,
    };

    private FidelityRating Erase(FidelityRating f) => f.ScorerId != PlayerId ? f : new()
    {
        ScorerId = f.ScorerId, ScorerName = Label, Score = f.Score,
    };

    private SupportLine Erase(SupportLine s) => s.ScorerId != PlayerId ? s : new()
    {
        ScorerId = s.ScorerId, ScorerName = Label, Text = s.Text, At = s.At,
    };

    private ScorerCalibration Erase(ScorerCalibration c) => c.ScorerId != PlayerId ? c : new()
    {
        ScorerId = c.ScorerId, ScorerName = Label, Distance = c.Distance, Bias = c.Bias, Leaning = c.Leaning, PerCriterion = c.PerCriterion,
    };
}

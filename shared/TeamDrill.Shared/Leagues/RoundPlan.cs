namespace TeamDrill.Shared.Leagues;

/// <summary>
/// A round's drills. <see cref="Waiting"/> is empty unless fewer than three members were present,
/// too few for a drill; they are listed so the facilitator sees them, and the round counts for
/// nobody's roles.
/// </summary>
public sealed record RoundPlan(IReadOnlyList<ScheduledDrill> Drills, IReadOnlyList<string> Waiting)
{
    public IEnumerable<string> Placed => Drills.SelectMany(d => d.Members);
}

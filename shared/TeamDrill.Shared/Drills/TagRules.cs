using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// Who may be tagged and when: scorers tag the agent's messages (never the customer's) during the call
/// and scoring. The room enforces it; clients call the same functions to refuse a tag before sending it.
/// </summary>
public static class TagRules
{
    /// <summary>Whether scorers may tag in <paramref name="phase"/>: during the call and scoring, not before or after.</summary>
    public static bool IsOpen(DrillPhase phase) => phase is DrillPhase.Call or DrillPhase.Scoring;

    /// <summary>Whether a message written by someone in <paramref name="authorRole"/> can be tagged: only the agent's.</summary>
    public static bool IsTaggable(DrillRole authorRole) => authorRole == DrillRole.Agent;

    /// <summary>Whether a message by <paramref name="authorRole"/> can be tagged while the room is in <paramref name="phase"/>.</summary>
    public static bool CanTag(DrillRole authorRole, DrillPhase phase) => IsOpen(phase) && IsTaggable(authorRole);
}

namespace TeamDrill.Shared.Leagues;

/// <summary>How often a member has played in a season so far, and in which role.</summary>
public sealed record RoleCount(int Attended, int Agent, int Customer, int Scorer)
{
    public static RoleCount None { get; } = new(0, 0, 0, 0);
}

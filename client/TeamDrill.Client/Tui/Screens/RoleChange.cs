using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>The host's request to give a member a role for the next drill.</summary>
public sealed record RoleChange(string RoomCode, string PlayerId, DrillRole Role)
{
    /// <summary>The role after <paramref name="role"/> when the host presses r: customer, agent, scorer, around again.</summary>
    public static DrillRole Next(DrillRole role) => role switch
    {
        DrillRole.Customer => DrillRole.Agent,
        DrillRole.Agent => DrillRole.Scorer,
        _ => DrillRole.Customer,
    };
}

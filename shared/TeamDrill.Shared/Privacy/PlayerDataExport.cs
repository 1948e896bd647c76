using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Privacy;

/// <summary>
/// Everything the server stores about one person, as one document (written as JSON): who they are, their
/// rooms, each finished drill they took part in seen from their seat, and their leagues. Other people
/// appear only where the person saw them (a line of support is shown with its writer's name).
/// </summary>
public sealed record PlayerDataExport
{
    public const string FormatName = "teamdrill-player-export/1";

    public string Format { get; init; } = FormatName;
    public DateTimeOffset ExportedAt { get; init; }
    public string PlayerId { get; init; } = "";
    public string Name { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The label that replaced the name, when the player was erased.</summary>
    public string? ErasedAs { get; init; }
    /// <summary>Sign-ins (devices) whose token the server still honours.</summary>
    public int ActiveSignIns { get; init; }
    public IReadOnlyList<string> Rooms { get; init; } = [];
    public IReadOnlyList<ExportedDrill> Drills { get; init; } = [];
    public IReadOnlyList<LeagueMembershipRecord> Leagues { get; init; } = [];

    /// <summary>The drills of <paramref name="debriefs"/> that <paramref name="playerId"/> took part in, oldest first.</summary>
    public static IReadOnlyList<ExportedDrill> DrillsOf(string playerId, IEnumerable<Debrief> debriefs) =>
        [.. debriefs
            .Where(d => d.Participants.Any(p => p.PlayerId == playerId) || d.Transcript.Any(m => m.SenderId == playerId))
            .OrderBy(d => d.EndedAt)
            .Select(d => ExportedDrill.From(playerId, d))];
}

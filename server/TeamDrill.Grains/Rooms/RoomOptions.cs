using TeamDrill.Grains.Settings;

namespace TeamDrill.Grains.Rooms;

/// <summary>Room limits, read from the <see cref="Section"/> settings.</summary>
public sealed class RoomOptions
{
    public const string Section = SettingSections.Root;

    [Setting("how long a call may run before it ends as timed out", Minimum = "00:00:01", Maximum = "02:00:00")]
    public TimeSpan CallTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    [Setting("how long scoring stays open after a call before the debrief goes out anyway", Minimum = "00:00:01", Maximum = "02:00:00")]
    public TimeSpan ScoringTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    [Setting("most members in one room", Key = "MaxRoomMembers", Minimum = "3", Maximum = "100")]
    public int MaxMembers { get; set; } = 16;

    [Setting("how long an edge's subscription to a room lives without a refresh", Minimum = "00:00:03", Maximum = "00:10:00")]
    public TimeSpan ObserverExpiry { get; set; } = TimeSpan.FromSeconds(60);
}

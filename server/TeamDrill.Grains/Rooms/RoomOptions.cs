namespace TeamDrill.Grains.Rooms;

/// <summary>Room limits, bound from the <c>TeamDrill:Rooms</c> settings.</summary>
public sealed class RoomOptions
{
    /// <summary>How long a call may run before it ends as timed out.</summary>
    public TimeSpan CallTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long scoring stays open after the call before the debrief goes out anyway.</summary>
    public TimeSpan ScoringTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxMembers { get; set; } = 16;

    /// <summary>How long an edge's subscription lives without a refresh.</summary>
    public TimeSpan ObserverExpiry { get; set; } = TimeSpan.FromSeconds(60);
}

using Orleans;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// Where a player stands after their wrong room codes: until when they may not try another code, and
/// whether that is a lockout rather than a short back-off. Default: free to try.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct WrongCodeStanding(
    [property: Id(0)] DateTimeOffset BlockedUntil,
    [property: Id(1)] bool LockedOut)
{
    public bool IsBlockedAt(DateTimeOffset now) => BlockedUntil > now;

    /// <summary>The refusal while blocked: when the player may use a code again. It never says "try again", so clients do not retry it.</summary>
    public string Refusal(DateTimeOffset now)
    {
        var left = BlockedUntil - now;
        if (LockedOut)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
            return $"Too many wrong room codes: you cannot open a room by code for the next {minutes} minute{(minutes == 1 ? "" : "s")}. Ask whoever created the room for its code.";
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
        return $"Too many wrong room codes: wait {seconds} second{(seconds == 1 ? "" : "s")} before you use another code.";
    }
}

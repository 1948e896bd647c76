using TeamDrill.Shared.Drills;

namespace TeamDrill.Shared.Leagues;

/// <summary>Seasons: a season numbers its rounds from 1, fixes the room size, and seeds the scheduler.</summary>
public sealed partial class League
{
    public void StartSeason(string actorId, int roomSize)
    {
        RequireFacilitator(actorId, "start a season");
        if (roomSize is < RoomSizing.MinimumRoom or > RoomSizing.MaximumRoomSize)
        {
            throw new DrillRuleException($"The room size is {RoomSizing.MinimumRoom} to {RoomSizing.MaximumRoomSize} (4: a customer, an agent and two scorers); {roomSize} is out of range.");
        }

        if (LatestRound() is { Closed: false } open)
        {
            throw new DrillRuleException($"Round {open.Number} is still open: close it before starting a new season.");
        }

        State.Season++;
        State.RoomSize = roomSize;
        State.SeasonSeed = StableSeed($"{Code}/{State.Season}");
    }

    /// <summary>A seed that is the same on every machine and run (string.GetHashCode is not).</summary>
    public static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}

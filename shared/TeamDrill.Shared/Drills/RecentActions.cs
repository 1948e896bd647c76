namespace TeamDrill.Shared.Drills;

/// <summary>
/// The last action ids each player's actions stored in a room, kept in the room's state (and so in its
/// snapshots) and rebuilt from the journal: a retried action is recognised even after a restart. The
/// window is bounded per player, so a room's snapshot does not grow with its age.
/// </summary>
public static class RecentActions
{
    /// <summary>How many of a player's latest action ids a room remembers; a client retries far fewer than this.</summary>
    public const int PerPlayer = 64;

    public static bool Contains(RoomState state, string playerId, string actionId) =>
        state.RecentActions.TryGetValue(playerId, out var ids) && ids.Contains(actionId, StringComparer.Ordinal);

    /// <summary>Adds the id unless it is already there, dropping the player's oldest beyond <see cref="PerPlayer"/>.</summary>
    public static void Remember(RoomState state, string playerId, string actionId)
    {
        if (!state.RecentActions.TryGetValue(playerId, out var ids))
        {
            ids = [];
            state.RecentActions[playerId] = ids;
        }

        if (ids.Contains(actionId, StringComparer.Ordinal))
        {
            return;
        }

        ids.Add(actionId);
        if (ids.Count > PerPlayer)
        {
            ids.RemoveRange(0, ids.Count - PerPlayer);
        }
    }
}

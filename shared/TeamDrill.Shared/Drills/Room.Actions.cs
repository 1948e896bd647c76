namespace TeamDrill.Shared.Drills;

/// <summary>
/// Actions run once per action id: a retry of an action this room already stored (the answer was lost,
/// the server restarted) changes nothing and succeeds again, as the first attempt did. A refused action
/// stored nothing, so its retry is simply tried again.
/// </summary>
public sealed partial class Room
{
    // Set while an action with an id runs: every event it appends carries the id into the journal.
    private (string PlayerId, string ActionId)? _acting;

    /// <summary>True when <paramref name="playerId"/>'s action <paramref name="actionId"/> is already stored here.</summary>
    public bool HasDone(string playerId, string actionId) => RecentActions.Contains(State, playerId, actionId);

    /// <summary>
    /// Runs <paramref name="action"/> for <paramref name="playerId"/> unless the same action id was stored
    /// before; then it returns no events and the room stays as it is.
    /// </summary>
    public IReadOnlyList<StoredEvent> Once(string playerId, string actionId, Func<Room, IReadOnlyList<StoredEvent>> action)
    {
        if (HasDone(playerId, actionId))
        {
            return [];
        }

        _acting = (playerId, actionId);
        try
        {
            return action(this);
        }
        finally
        {
            _acting = null;
        }
    }
}

namespace TeamDrill.Grains.Players;

/// <summary>A signed-in player, keyed by player id.</summary>
public interface IPlayerGrain : IGrainWithStringKey
{
    Task<string> SetName(string name);
    Task<string?> GetName();
    Task RememberRoom(string roomCode);
    /// <summary>Drops a room from the player's rooms (a league room whose round did not start).</summary>
    Task ForgetRoom(string roomCode);
    Task<IReadOnlyList<string>> GetRooms();
    /// <summary>
    /// The room code for the CreateRoom action <paramref name="actionId"/>: the one it was given before, or
    /// else (or when <paramref name="replace"/>, the earlier code being taken) <paramref name="candidate"/>, stored first.
    /// </summary>
    Task<string> RoomForAction(string actionId, string candidate, bool replace);
}

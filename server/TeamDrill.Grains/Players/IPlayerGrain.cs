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
    Task RememberLeague(string leagueCode);
    /// <summary>Adds a token (by hash) to the player's sign-ins.</summary>
    Task AddToken(string tokenHash);
    /// <summary>Signs out every token of the player; returns the hashes of those that were still valid.</summary>
    Task<IReadOnlyList<string>> RevokeTokens();
    Task<PlayerProfile> Profile();
    /// <summary>
    /// The last step of an erasure: the name becomes <paramref name="label"/>, the rooms and leagues are
    /// forgotten and every token is signed out (returns the hashes that were still valid). Repeating it changes nothing more.
    /// </summary>
    Task<IReadOnlyList<string>> Erase(string label);
    /// <summary>
    /// The room code for the CreateRoom action <paramref name="actionId"/>: the one it was given before, or
    /// else (or when <paramref name="replace"/>, the earlier code being taken) <paramref name="candidate"/>, stored first.
    /// </summary>
    Task<string> RoomForAction(string actionId, string candidate, bool replace);
}

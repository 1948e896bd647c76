namespace TeamDrill.Grains.Players;

/// <summary>A signed-in player, keyed by player id.</summary>
public interface IPlayerGrain : IGrainWithStringKey
{
    Task<string> SetName(string name);
    Task<string?> GetName();
    Task RememberRoom(string roomCode);
    Task<IReadOnlyList<string>> GetRooms();
}

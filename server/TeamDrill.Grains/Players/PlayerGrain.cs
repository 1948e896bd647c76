using TeamDrill.Shared.Drills;

namespace TeamDrill.Grains.Players;

public sealed class PlayerGrain(
    [PersistentState("player", GrainStorageNames.Default)] IPersistentState<PlayerState> store,
    TimeProvider time) : Grain, IPlayerGrain
{
    public async Task<string> SetName(string name)
    {
        var clean = NameRules.Clean(name);
        if (store.State.Name == clean)
        {
            return clean;
        }

        if (store.State.Name.Length == 0)
        {
            store.State.CreatedAt = time.GetUtcNow();
        }

        store.State.Name = clean;
        await store.WriteStateAsync();
        return clean;
    }

    public Task<string?> GetName() => Task.FromResult(store.State.Name.Length == 0 ? null : store.State.Name);

    public async Task RememberRoom(string roomCode)
    {
        if (!store.State.Rooms.Contains(roomCode))
        {
            store.State.Rooms.Add(roomCode);
            await store.WriteStateAsync();
        }
    }

    public async Task ForgetRoom(string roomCode)
    {
        if (store.State.Rooms.Remove(roomCode))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task<string> RoomForAction(string actionId, string candidate, bool replace)
    {
        var byAction = store.State.RoomsByAction;
        var known = byAction.FindIndex(p => p.Key == actionId);
        if (known >= 0 && !replace)
        {
            return byAction[known].Value;
        }

        if (known >= 0)
        {
            byAction.RemoveAt(known);
        }

        byAction.Add(new(actionId, candidate));
        if (byAction.Count > RecentActions.PerPlayer)
        {
            byAction.RemoveAt(0);
        }

        await store.WriteStateAsync();
        return candidate;
    }

    public Task<IReadOnlyList<string>> GetRooms() => Task.FromResult<IReadOnlyList<string>>(store.State.Rooms.ToList());
}

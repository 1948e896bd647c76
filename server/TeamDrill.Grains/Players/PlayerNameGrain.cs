namespace TeamDrill.Grains.Players;

/// <summary>One name's entry in the name index: small (the players who share one name), so a write stays cheap.</summary>
public sealed class PlayerNameGrain(
    [PersistentState("name", GrainStorageNames.Default)] IPersistentState<PlayerNameState> store) : Grain, IPlayerNameGrain
{
    public async Task Add(string playerId)
    {
        if (!store.State.PlayerIds.Contains(playerId))
        {
            store.State.PlayerIds.Add(playerId);
            await store.WriteStateAsync();
        }
    }

    public async Task Remove(string playerId)
    {
        if (store.State.PlayerIds.Remove(playerId))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> PlayerIds() => Task.FromResult<IReadOnlyList<string>>([.. store.State.PlayerIds]);
}

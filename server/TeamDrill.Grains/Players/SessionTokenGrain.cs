namespace TeamDrill.Grains.Players;

public sealed class SessionTokenGrain(
    [PersistentState("token", GrainStorageNames.Default)] IPersistentState<SessionTokenState> store,
    TimeProvider time) : Grain, ISessionTokenGrain
{
    public async Task Issue(string playerId)
    {
        if (store.State.PlayerId.Length > 0)
        {
            throw new InvalidOperationException("This token was issued already.");
        }

        store.State = new SessionTokenState { PlayerId = playerId, IssuedAt = time.GetUtcNow() };
        await store.WriteStateAsync();
    }

    public Task<string?> Resolve() => Task.FromResult(store.State.PlayerId.Length == 0 ? null : store.State.PlayerId);
}

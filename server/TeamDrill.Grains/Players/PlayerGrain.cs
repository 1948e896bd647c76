using TeamDrill.Shared.Drills;

namespace TeamDrill.Grains.Players;

public sealed class PlayerGrain(
    [PersistentState("player", GrainStorageNames.Default)] IPersistentState<PlayerState> store,
    TimeProvider time) : Grain, IPlayerGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<string> SetName(string name)
    {
        var clean = NameRules.Clean(name);
        if (store.State.ErasedAs.Length > 0)
        {
            throw new DrillRuleException("This player was erased; sign in again as a new player.");
        }

        if (store.State.Name == clean && store.State.NameIndexed)
        {
            return clean;
        }

        if (store.State.Name.Length == 0)
        {
            store.State.CreatedAt = time.GetUtcNow();
        }

        if (store.State.NameIndexed && store.State.Name != clean)
        {
            await Names(store.State.Name).Remove(Id);
        }

        await Names(clean).Add(Id);
        store.State.Name = clean;
        store.State.NameIndexed = true;
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

    public async Task RememberLeague(string leagueCode)
    {
        if (!store.State.Leagues.Contains(leagueCode))
        {
            store.State.Leagues.Add(leagueCode);
            await store.WriteStateAsync();
        }
    }

    public async Task AddToken(string tokenHash)
    {
        if (!store.State.TokenHashes.Contains(tokenHash))
        {
            store.State.TokenHashes.Add(tokenHash);
            await store.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<string>> RevokeTokens()
    {
        var revoked = new List<string>();
        foreach (var hash in store.State.TokenHashes)
        {
            if (await GrainFactory.GetGrain<ISessionTokenGrain>(hash).Revoke())
            {
                revoked.Add(hash);
            }
        }

        // Revoked tokens are refused by their own grains; the index need not remember them.
        store.State.TokenHashes.Clear();
        await store.WriteStateAsync();
        return revoked;
    }

    public Task<PlayerProfile> Profile() => Task.FromResult(new PlayerProfile
    {
        PlayerId = Id,
        Name = store.State.Name,
        CreatedAt = store.State.CreatedAt,
        Rooms = [.. store.State.Rooms],
        Leagues = [.. store.State.Leagues],
        TokenHashes = [.. store.State.TokenHashes],
        ErasedAs = store.State.ErasedAs,
    });

    public async Task<IReadOnlyList<string>> Erase(string label)
    {
        var revoked = await RevokeTokens();
        if (store.State.NameIndexed)
        {
            await Names(store.State.Name).Remove(Id);
        }

        store.State.Name = label;
        store.State.ErasedAs = label;
        store.State.NameIndexed = false;
        store.State.Rooms.Clear();
        store.State.Leagues.Clear();
        await store.WriteStateAsync();
        return revoked;
    }

    private IPlayerNameGrain Names(string name) => GrainFactory.GetGrain<IPlayerNameGrain>(PlayerNameKey.Of(name));
}

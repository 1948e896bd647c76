using System.Security.Cryptography;
using System.Text;

namespace TeamDrill.Grains.Watching;

public sealed class WatchLinkGrain(
    [PersistentState("watchlink", GrainStorageNames.Default)] IPersistentState<WatchLinkState> store,
    TimeProvider time) : Grain, IWatchLinkGrain
{
    public Task<bool> IsOpen() => Task.FromResult(store.State.KeyHash.Length > 0);

    public async Task Open(string keyHash)
    {
        store.State = new WatchLinkState { KeyHash = keyHash, OpenedAt = time.GetUtcNow() };
        await store.WriteStateAsync();
    }

    public async Task Close()
    {
        store.State = new WatchLinkState();
        await store.WriteStateAsync();
    }

    public Task<bool> Matches(string keyHash)
    {
        var open = store.State.KeyHash;
        // Compared in constant time: the key hash is the link's only secret.
        var same = open.Length > 0 && keyHash.Length == open.Length
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(keyHash), Encoding.ASCII.GetBytes(open));
        return Task.FromResult(same);
    }
}

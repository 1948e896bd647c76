using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Grains.Leagues;

/// <summary>A player becomes a facilitator by presenting the server's facilitator key once; it is remembered.</summary>
public sealed class FacilitatorGrain(
    [PersistentState("facilitator", GrainStorageNames.Default)] IPersistentState<FacilitatorState> store,
    IOptions<LeagueOptions> options,
    TimeProvider time) : Grain, IFacilitatorGrain
{
    public async Task Claim(string key)
    {
        var expected = options.Value.FacilitatorKey;
        if (expected.Length == 0)
        {
            throw new DrillRuleException("This server has no facilitator key, so nobody can run leagues: restart it with --facilitator-key.");
        }

        // Fixed-time comparison of hashes: the key's length and content don't leak through timing.
        var matches = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(key ?? "")), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        if (!matches)
        {
            throw new DrillRuleException("That is not the facilitator key.");
        }

        if (!store.State.Granted)
        {
            store.State.Granted = true;
            store.State.GrantedAt = time.GetUtcNow();
            await store.WriteStateAsync();
        }
    }

    public Task<bool> IsFacilitator() => Task.FromResult(store.State.Granted);
}

using Microsoft.Extensions.Options;

namespace TeamDrill.Grains.Players;

public sealed class SessionTokenGrain(
    [PersistentState("token", GrainStorageNames.Default)] IPersistentState<SessionTokenState> store,
    IOptions<PlayerOptions> options,
    TimeProvider time) : Grain, ISessionTokenGrain
{
    private PlayerOptions Options => options.Value;

    /// <summary>Tokens issued before expiry existed have no last use stored: their issue counts.</summary>
    private DateTimeOffset LastUsed => store.State.LastUsedAt > store.State.IssuedAt ? store.State.LastUsedAt : store.State.IssuedAt;

    public async Task Issue(string playerId)
    {
        if (store.State.PlayerId.Length > 0)
        {
            throw new InvalidOperationException("This token was issued already.");
        }

        var now = time.GetUtcNow();
        store.State = new SessionTokenState { PlayerId = playerId, IssuedAt = now, LastUsedAt = now };
        await store.WriteStateAsync();
    }

    public async Task<TokenCheck> Check()
    {
        var state = store.State;
        if (state.PlayerId.Length == 0)
        {
            return TokenCheck.Unknown;
        }

        var now = time.GetUtcNow();
        if (state.RevokedAt is { } revokedAt)
        {
            // The tombstone only explains a refusal; after an idle period the token is simply unknown.
            if (now - revokedAt > Options.TokenIdleLimit)
            {
                await Forget();
                return TokenCheck.Unknown;
            }

            return new TokenCheck { Status = TokenStatus.Revoked };
        }

        if (now - LastUsed > Options.TokenIdleLimit)
        {
            // Gone from storage: an expired token does not outlive a restart.
            await Forget();
            return new TokenCheck { Status = TokenStatus.Expired };
        }

        if (now - LastUsed >= Options.LastUseResolution)
        {
            state.LastUsedAt = now;
            await store.WriteStateAsync();
        }

        return new TokenCheck { Status = TokenStatus.Valid, PlayerId = state.PlayerId };
    }

    public Task<bool> IsValid() =>
        Task.FromResult(store.State.PlayerId.Length > 0 && store.State.RevokedAt is null && time.GetUtcNow() - LastUsed <= Options.TokenIdleLimit);

    public async Task<bool> Revoke()
    {
        if ((await Check()).Status != TokenStatus.Valid)
        {
            return false;
        }

        store.State.RevokedAt = time.GetUtcNow();
        await store.WriteStateAsync();
        return true;
    }

    private async Task Forget()
    {
        await store.ClearStateAsync();
        store.State = new SessionTokenState();
    }
}

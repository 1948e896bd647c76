using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Players;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Signs players in and checks tokens, with a small cache so each hub connection and call costs no grain
/// call: a cached token is asked about again after <see cref="Recheck"/>, which also counts as its use.
/// </summary>
public sealed class PlayerDirectory(IGrainFactory grains, BlockedWords blockedWords, IOptions<PlayerOptions> options, TimeProvider time)
{
    private static readonly TimeSpan LongestRecheck = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, (string PlayerId, DateTimeOffset CheckedAt)> _valid = new(StringComparer.Ordinal);

    /// <summary>How long this edge trusts a token it checked: a sign-out on another edge reaches this one's next call within it.</summary>
    public TimeSpan Recheck => options.Value.TokenIdleLimit / 4 < LongestRecheck ? options.Value.TokenIdleLimit / 4 : LongestRecheck;

    public async Task<SignInResponse> SignIn(SignInRequest request)
    {
        var name = blockedWords.Check(NameRules.Clean(request.Name), "display name");
        if (!string.IsNullOrEmpty(request.Token))
        {
            var check = await Check(request.Token);
            if (check.IsValid)
            {
                var player = grains.GetGrain<IPlayerGrain>(check.PlayerId);
                var renamed = await player.SetName(name);
                await player.AddToken(TokenHashing.Hash(request.Token));
                return new SignInResponse(check.PlayerId, renamed, request.Token);
            }

            if (check.Status is TokenStatus.Expired or TokenStatus.Revoked)
            {
                throw new TokenRefusedException(check);
            }
        }

        var playerId = Guid.NewGuid().ToString("N");
        var token = TokenHashing.NewToken();
        var hash = TokenHashing.Hash(token);
        var newPlayer = grains.GetGrain<IPlayerGrain>(playerId);
        var clean = await newPlayer.SetName(name);
        await grains.GetGrain<ISessionTokenGrain>(hash).Issue(playerId);
        await newPlayer.AddToken(hash);
        return new SignInResponse(playerId, clean, token);
    }

    /// <summary>The player a token stands for, or null when it is unknown, expired or signed out.</summary>
    public async Task<string?> Resolve(string token) => (await Check(token)) is { IsValid: true } check ? check.PlayerId : null;

    public Task<TokenCheck> Check(string token) =>
        token.Length is 0 or > 200 ? Task.FromResult(TokenCheck.Unknown) : CheckHash(TokenHashing.Hash(token));

    /// <summary>The token's status by its hash, from the cache while it is fresh.</summary>
    public async Task<TokenCheck> CheckHash(string hash)
    {
        var now = time.GetUtcNow();
        if (_valid.TryGetValue(hash, out var cached) && now - cached.CheckedAt < Recheck)
        {
            return new TokenCheck { Status = TokenStatus.Valid, PlayerId = cached.PlayerId };
        }

        var check = await grains.GetGrain<ISessionTokenGrain>(hash).Check();
        if (check.IsValid)
        {
            _valid[hash] = (check.PlayerId, now);
        }
        else
        {
            _valid.TryRemove(hash, out _);
        }

        return check;
    }

    /// <summary>Signs tokens out here at once (their grains were told already).</summary>
    public void Forget(IEnumerable<string> hashes)
    {
        foreach (var hash in hashes)
        {
            _valid.TryRemove(hash, out _);
        }
    }

    public async Task<string> NameOf(string playerId) =>
        await grains.GetGrain<IPlayerGrain>(playerId).GetName() ?? "player";
}

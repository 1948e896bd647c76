using System.Collections.Concurrent;
using TeamDrill.Grains.Players;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Server.Edge;

/// <summary>Signs players in and resolves tokens, with a small cache so each hub connection costs no grain call.</summary>
public sealed class PlayerDirectory(IGrainFactory grains, BlockedWords blockedWords)
{
    private readonly ConcurrentDictionary<string, string> _playerByTokenHash = new(StringComparer.Ordinal);

    public async Task<SignInResponse> SignIn(SignInRequest request)
    {
        var name = blockedWords.Check(NameRules.Clean(request.Name), "display name");
        if (!string.IsNullOrEmpty(request.Token) && await Resolve(request.Token) is { } known)
        {
            var renamed = await grains.GetGrain<IPlayerGrain>(known).SetName(name);
            return new SignInResponse(known, renamed, request.Token);
        }

        var playerId = Guid.NewGuid().ToString("N");
        var token = TokenHashing.NewToken();
        var clean = await grains.GetGrain<IPlayerGrain>(playerId).SetName(name);
        await grains.GetGrain<ISessionTokenGrain>(TokenHashing.Hash(token)).Issue(playerId);
        return new SignInResponse(playerId, clean, token);
    }

    public async Task<string?> Resolve(string token)
    {
        if (token.Length is 0 or > 200)
        {
            return null;
        }

        var hash = TokenHashing.Hash(token);
        if (_playerByTokenHash.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        var playerId = await grains.GetGrain<ISessionTokenGrain>(hash).Resolve();
        if (playerId is not null)
        {
            _playerByTokenHash[hash] = playerId;
        }

        return playerId;
    }

    public async Task<string> NameOf(string playerId) =>
        await grains.GetGrain<IPlayerGrain>(playerId).GetName() ?? "player";
}

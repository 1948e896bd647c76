using Microsoft.Extensions.Options;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Players;

/// <summary>
/// Holds a player's <see cref="WrongCodeTally"/> in memory: writing each wrong guess to disk would hand a
/// guesser a way to fill it. The activation stays while the player is blocked, so a lockout holds.
/// </summary>
public sealed class WrongCodeGrain(IOptions<WrongCodeOptions> options, TimeProvider time) : Grain, IWrongCodeGrain
{
    private readonly WrongCodeTally _tally = new();

    public Task<WrongCodeStanding> Record()
    {
        var now = time.GetUtcNow();
        var standing = _tally.Record(now, options.Value.Policy);
        // Kept until the count would be forgotten anyway.
        DelayDeactivation(standing.BlockedUntil - now + options.Value.WrongCodeLockout);
        return Task.FromResult(standing);
    }

    public Task<WrongCodeStanding> Standing() => Task.FromResult(_tally.Standing);
}

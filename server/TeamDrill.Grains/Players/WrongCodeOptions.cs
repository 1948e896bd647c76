using TeamDrill.Grains.Settings;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Grains.Players;

/// <summary>How wrong room codes are limited per player, read from the <see cref="Section"/> settings.</summary>
public sealed class WrongCodeOptions
{
    public const string Section = SettingSections.Root;

    [Setting("wrong room codes a player may use before each further one makes them wait (1 s, doubling up to 60 s)", Minimum = "1", Maximum = "1000")]
    public int WrongCodesBeforeBackoff { get; set; } = 10;

    [Setting("wrong room codes after which a player is locked out of opening rooms by code", Minimum = "2", Maximum = "10000")]
    public int WrongCodesBeforeLockout { get; set; } = 30;

    [Setting("how long that lockout lasts; as long without a wrong code forgets the count", Minimum = "00:01:00", Maximum = "24:00:00")]
    public TimeSpan WrongCodeLockout { get; set; } = TimeSpan.FromMinutes(15);

    public WrongCodePolicy Policy => new(WrongCodesBeforeBackoff, WrongCodesBeforeLockout, WrongCodeLockout);
}

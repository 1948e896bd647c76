using TeamDrill.Grains.Settings;

namespace TeamDrill.Grains.Players;

/// <summary>Sign-in settings, read from the <see cref="Section"/> settings.</summary>
public sealed class PlayerOptions
{
    public const string Section = SettingSections.Root;

    [Setting("how long a sign-in token may go unused before it expires and the player signs in again", Minimum = "00:00:01", Maximum = "3650.00:00:00")]
    public TimeSpan TokenIdleLimit { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A token's last use is stored at most this often, so a busy player costs no storage write per call.</summary>
    public TimeSpan LastUseResolution => TokenIdleLimit / 4 < TimeSpan.FromHours(1) ? TokenIdleLimit / 4 : TimeSpan.FromHours(1);
}

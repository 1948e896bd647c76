using TeamDrill.Grains.Settings;

namespace TeamDrill.Grains.Leagues;

/// <summary>League settings, read from the <see cref="Section"/> settings.</summary>
public sealed class LeagueOptions
{
    public const string Section = SettingSections.Root;

    /// <summary>Whoever signs in and claims this key becomes a facilitator (may create leagues).</summary>
    [Setting("a secret of 8 characters or more; whoever claims it becomes a facilitator and may create leagues (empty: leagues off)", Takes = "secret")]
    public string FacilitatorKey { get; set; } = "";
}

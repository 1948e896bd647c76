namespace TeamDrill.Grains.Settings;

/// <summary>The configuration sections settings are read from: appsettings.json, <c>TEAMDRILL__...</c> variables and flags.</summary>
public static class SettingSections
{
    /// <summary>Most settings sit directly in this section (<c>TeamDrill:CallTimeLimit</c>, <c>TEAMDRILL__CALLTIMELIMIT</c>).</summary>
    public const string Root = "TeamDrill";

    /// <summary>How rooms are journaled (<c>TeamDrill:Journal:CommitWindow</c>).</summary>
    public const string Journal = Root + ":Journal";
}

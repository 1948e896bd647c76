namespace TeamDrill.Tests.Tui;

/// <summary>Terminal.Gui keeps process-wide state (configuration, drivers): its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TuiCollection
{
    public const string Name = "Terminal.Gui";
}

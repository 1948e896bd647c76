using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Content;

namespace TeamDrill.Client.Tui;

/// <summary>What the controller needs from outside: colours, the clock, where the config lives, the coach's phrasebook.</summary>
public sealed record TuiSettings(
    Palette Palette,
    TimeProvider Time,
    ClientConfigStore ConfigStore,
    Func<Phrasebook?> Phrasebook,
    string ExportFolder);

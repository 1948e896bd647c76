namespace TeamDrill.Client.Tui.Widgets;

/// <summary>One entry of the key bar: the key as the player presses it, and what it does.</summary>
public sealed record KeyHint(string Key, string Label);

using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>A scorer's tag on an agent message: technique is a rubric criterion id.</summary>
public sealed record TagRequest(int MessageNumber, string Technique, TagPolarity Polarity);

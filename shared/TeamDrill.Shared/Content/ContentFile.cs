namespace TeamDrill.Shared.Content;

/// <summary>The text of one content file and the path used to name it in problems.</summary>
public sealed record ContentFile(string Path, string Text);

using YamlDotNet.Core;

namespace TeamDrill.Shared.Content;

/// <summary>What parsing one card file gave: the card when the file is valid, and its id with where it was written, for the duplicate check.</summary>
internal sealed record ParsedCard(PromptCard? Card, string? Id, Mark IdMark, string File);

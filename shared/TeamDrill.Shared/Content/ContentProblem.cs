namespace TeamDrill.Shared.Content;

/// <summary>One thing wrong with a content file, at the place a facilitator must look.</summary>
public sealed record ContentProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

namespace TeamDrill.Shared.Content;

/// <summary>One thing wrong with a content file, at the place a facilitator must look.</summary>
public sealed record ContentProblem(string File, int Line, int Column, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsWarning => Severity == ProblemSeverity.Warning;

    public override string ToString() => IsWarning
        ? $"{File}:{Line}:{Column}: warning: {Message}"
        : $"{File}:{Line}:{Column}: {Message}";
}

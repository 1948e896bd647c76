namespace TeamDrill.Shared.Content;

/// <summary>An error makes content unusable; a warning is printed but the content still loads.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

namespace TeamDrill.Shared.Content;

/// <summary>The outcome of loading content: the set when there is no error, and every problem (errors and warnings) found.</summary>
public sealed class ContentLoadResult
{
    public ContentLoadResult(ContentSet? content, IReadOnlyList<ContentProblem> problems)
    {
        Problems = problems;
        Content = Errors.Any() ? null : content;
    }

    /// <summary>Null whenever there is at least one error: invalid content is never half-used.</summary>
    public ContentSet? Content { get; }

    /// <summary>Errors and warnings, sorted by file, line and column.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    public IEnumerable<ContentProblem> Errors => Problems.Where(p => !p.IsWarning);

    public IEnumerable<ContentProblem> Warnings => Problems.Where(p => p.IsWarning);

    public bool IsValid => Content is not null && !Errors.Any();
}

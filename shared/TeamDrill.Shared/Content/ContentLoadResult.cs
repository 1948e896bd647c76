namespace TeamDrill.Shared.Content;

/// <summary>The outcome of loading content: the set when everything is valid, and every problem found.</summary>
public sealed class ContentLoadResult
{
    public ContentLoadResult(ContentSet? content, IReadOnlyList<ContentProblem> problems)
    {
        Problems = problems;
        Content = problems.Count == 0 ? content : null;
    }

    /// <summary>Null whenever there is at least one problem: invalid content is never half-used.</summary>
    public ContentSet? Content { get; }

    /// <summary>Sorted by file, line and column.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    public bool IsValid => Content is not null && Problems.Count == 0;
}

namespace TeamDrill.Shared.Archives;

/// <summary>A <c>.tdrill</c> file that cannot be read, with a message a person can act on.</summary>
public sealed class DrillArchiveException : Exception
{
    public DrillArchiveException()
    {
    }

    public DrillArchiveException(string message)
        : base(message)
    {
    }

    public DrillArchiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DrillArchiveException(DrillArchiveProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    public DrillArchiveProblem Problem { get; } = DrillArchiveProblem.Corrupt;
}

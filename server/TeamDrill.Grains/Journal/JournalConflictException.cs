namespace TeamDrill.Grains.Journal;

/// <summary>
/// A write was refused because the room in storage is not where the writer thought: another activation
/// wrote first (or the room already exists). Nothing of the write landed.
/// </summary>
public sealed class JournalConflictException : Exception
{
    public JournalConflictException(string message)
        : base(message)
    {
    }

    public JournalConflictException()
    {
    }

    public JournalConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

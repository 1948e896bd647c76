namespace TeamDrill.Grains.Journal;

/// <summary>Storage could not be reached or failed mid-write; nothing of the write is acknowledged. Retryable.</summary>
public sealed class JournalUnavailableException : Exception
{
    public JournalUnavailableException(string message)
        : base(message)
    {
    }

    public JournalUnavailableException()
    {
    }

    public JournalUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

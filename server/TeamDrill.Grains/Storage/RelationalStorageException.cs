namespace TeamDrill.Grains.Storage;

/// <summary>A grain state could not be read, written or cleared (database or payload failure, not an etag conflict).</summary>
public sealed class RelationalStorageException : Exception
{
    public RelationalStorageException(string message)
        : base(message)
    {
    }

    public RelationalStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace TeamDrill.Grains.Journal;

/// <summary>The database was written by a newer TeamDrill: this server stops rather than misread it. The message is the sentence for the operator.</summary>
public sealed class NewerSchemaException : InvalidOperationException
{
    public NewerSchemaException(string message) : base(message)
    {
    }

    public NewerSchemaException()
    {
    }

    public NewerSchemaException(string message, Exception inner) : base(message, inner)
    {
    }
}

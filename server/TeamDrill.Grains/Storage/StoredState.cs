namespace TeamDrill.Grains.Storage;

/// <summary>One row as read from the table.</summary>
internal sealed record StoredState(byte[] Payload, string ETag);

using MessagePack;

namespace TeamDrill.Tests.Storage;

/// <summary>A state whose key 0 is a number: a <see cref="ProbeState"/> payload cannot be read as this.</summary>
[MessagePackObject]
public sealed class IncompatibleState
{
    [Key(0)]
    public long Number { get; set; }
}

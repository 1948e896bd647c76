using MessagePack;

namespace TeamDrill.Tests.Storage;

/// <summary>A grain state shaped like the real ones: MessagePack object with integer keys.</summary>
[MessagePackObject]
public sealed class ProbeState
{
    [Key(0)]
    public string Title { get; set; } = "";

    [Key(1)]
    public int Count { get; set; }

    [Key(2)]
    public List<string> Lines { get; set; } = [];

    [Key(3)]
    public byte[] Blob { get; set; } = [];
}

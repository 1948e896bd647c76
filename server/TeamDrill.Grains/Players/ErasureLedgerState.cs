using MessagePack;

namespace TeamDrill.Grains.Players;

[MessagePackObject]
public sealed class ErasureLedgerState
{
    /// <summary>Player id to the number its label carries; no names are kept here.</summary>
    [Key(0)] public Dictionary<string, int> Numbers { get; set; } = new(StringComparer.Ordinal);
}

namespace TeamDrill.Shared.Archives;

/// <summary>
/// The fixed header of a <c>.tdrill</c> file, all integers little-endian:
/// <code>
/// offset 0  6 bytes  "TDRILL" (ASCII)
/// offset 6  int32    format version (1)
/// offset 10 int32    body length in bytes
/// offset 14 uint32   CRC-32 of the body
/// offset 18 body     MessagePack map-less array: a <see cref="DrillArchive"/> with integer keys
/// </code>
/// </summary>
public static class DrillArchiveFormat
{
    public const int CurrentVersion = 1;
    public const int HeaderLength = 18;

    /// <summary>Far above any real drill (a long call is tens of kilobytes), low enough that a damaged length cannot exhaust memory.</summary>
    public const int MaxBodyLength = 64 * 1024 * 1024;

    /// <summary>The name a drill's archive goes by: <c>ROOM-N.tdrill</c>.</summary>
    public static string FileName(string roomCode, int drillNumber) => $"{roomCode}-{drillNumber}{FileExtension}";

    public const string FileExtension = ".tdrill";

    public static ReadOnlySpan<byte> Magic => "TDRILL"u8;
}

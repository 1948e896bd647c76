namespace TeamDrill.Shared.Archives;

/// <summary>
/// CRC-32 as in zlib, PNG and Ethernet (IEEE 802.3, reflected polynomial 0xEDB88320, initial and final
/// XOR 0xFFFFFFFF); the checksum of "123456789" is 0xCBF43926. System.IO.Hashing is not a dependency.
/// </summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

using System.Text;
using TeamDrill.Shared.Archives;

namespace TeamDrill.Tests.Archives;

public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)] // the standard check value of CRC-32/ISO-HDLC (zlib, PNG)
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void matches_the_published_check_values(string text, uint crc)
    {
        Assert.Equal(crc, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }
}

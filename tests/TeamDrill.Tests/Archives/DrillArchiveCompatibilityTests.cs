using System.Buffers.Binary;
using TeamDrill.Shared.Archives;

namespace TeamDrill.Tests.Archives;

/// <summary>The versioning rule of docs/archive-format.md: adding a key keeps the format version readable both ways.</summary>
public sealed class DrillArchiveCompatibilityTests
{
    private static byte[] Body() => DrillArchiveWriter.ToBytes(SampleArchive.Create())[DrillArchiveFormat.HeaderLength..];

    private static byte[] File(byte[] body)
    {
        var file = new byte[DrillArchiveFormat.HeaderLength + body.Length];
        "TDRILL"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(6), 1);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(14), Crc32.Compute(body));
        body.CopyTo(file, DrillArchiveFormat.HeaderLength);
        return file;
    }

    [Fact]
    public void the_body_is_an_array_of_nineteen_keys()
    {
        Assert.Equal(new byte[] { 0xDC, 0x00, 19 }, Body()[..3]);
    }

    [Fact]
    public void a_file_from_a_newer_writer_with_an_extra_key_still_reads()
    {
        var body = Body();
        body[2] = 20;

        var read = DrillArchiveReader.Read(File([.. body, 0xA3, (byte)'n', (byte)'e', (byte)'w']));

        Assert.Equivalent(SampleArchive.Create(), read, strict: true);
    }

    [Fact]
    public void a_file_from_an_older_writer_without_the_last_keys_reads_them_as_their_defaults()
    {
        var body = Body();
        Assert.Equal(new byte[] { 0xC3, 0x91, 0xA7 }, body[^10..^7]); // key 17, ClosedEarly = true; key 18, ["empathy"]
        body[2] = 17;

        var read = DrillArchiveReader.Read(File(body[..^10]));

        Assert.False(read.ClosedEarly);
        Assert.Null(read.CardCriteria);
        Assert.Equal("late-parcel", read.CardId);
    }
}

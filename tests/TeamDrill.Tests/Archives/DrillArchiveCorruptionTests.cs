using System.Buffers.Binary;
using MessagePack;
using TeamDrill.Shared.Archives;

namespace TeamDrill.Tests.Archives;

public sealed class DrillArchiveCorruptionTests
{
    private static readonly byte[] Good = DrillArchiveWriter.ToBytes(SampleArchive.Create());

    private static DrillArchiveException ReadFails(byte[] file, DrillArchiveProblem problem)
    {
        var error = Assert.Throws<DrillArchiveException>(() => DrillArchiveReader.Read(file));
        Assert.Equal(problem, error.Problem);
        return error;
    }

    private static byte[] WithHeader(byte[] body, int version = DrillArchiveFormat.CurrentVersion, int? length = null, uint? crc = null)
    {
        var file = new byte[DrillArchiveFormat.HeaderLength + body.Length];
        "TDRILL"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(6), version);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), length ?? body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(14), crc ?? Crc32.Compute(body));
        body.CopyTo(file, DrillArchiveFormat.HeaderLength);
        return file;
    }

    [Fact]
    public void a_file_that_is_not_an_archive_says_so()
    {
        var error = ReadFails("# Drill 3 debrief\nnot an archive"u8.ToArray(), DrillArchiveProblem.NotAnArchive);

        Assert.Equal("Not a TeamDrill archive: the file does not start with \"TDRILL\".", error.Message);
    }

    [Fact]
    public void an_empty_file_says_it_is_empty()
    {
        Assert.Equal("Not a TeamDrill archive: the file is empty.", ReadFails([], DrillArchiveProblem.NotAnArchive).Message);
    }

    [Fact]
    public void a_newer_format_version_asks_for_a_newer_teamdrill()
    {
        var error = ReadFails(WithHeader([0xC0], version: 7), DrillArchiveProblem.NewerVersion);

        Assert.Equal("This archive is format version 7, written by a newer TeamDrill; this one reads versions 1 to 1. Update TeamDrill to open it.", error.Message);
    }

    [Fact]
    public void a_version_below_one_is_corrupt()
    {
        Assert.Equal(
            "Corrupt TeamDrill archive: the header gives format version 0, which does not exist.",
            ReadFails(WithHeader([0xC0], version: 0), DrillArchiveProblem.Corrupt).Message);
    }

    [Fact]
    public void a_file_cut_inside_the_header_is_truncated()
    {
        var error = ReadFails(Good[..10], DrillArchiveProblem.Truncated);

        Assert.Equal("Truncated TeamDrill archive: the file ends after 10 bytes, inside the 18-byte header.", error.Message);
        Assert.Equal(DrillArchiveProblem.Truncated, ReadFails(Good[..3], DrillArchiveProblem.Truncated).Problem);
    }

    [Fact]
    public void a_file_cut_inside_the_body_is_truncated()
    {
        var bodyLength = Good.Length - DrillArchiveFormat.HeaderLength;

        var error = ReadFails(Good[..(Good.Length - 100)], DrillArchiveProblem.Truncated);

        Assert.Equal($"Truncated TeamDrill archive: the body should be {bodyLength} bytes but the file ends after {bodyLength - 100}.", error.Message);
    }

    [Fact]
    public void a_damaged_body_fails_its_checksum()
    {
        var damaged = (byte[])Good.Clone();
        damaged[^40] ^= 0x20;
        var expected = Crc32.Compute(Good.AsSpan(DrillArchiveFormat.HeaderLength));
        var actual = Crc32.Compute(damaged.AsSpan(DrillArchiveFormat.HeaderLength));

        var error = ReadFails(damaged, DrillArchiveProblem.Corrupt);

        Assert.Equal($"Corrupt TeamDrill archive: the body's CRC-32 is 0x{actual:X8} but the header says 0x{expected:X8}; the file was damaged after it was written.", error.Message);
    }

    [Fact]
    public void a_body_with_a_valid_checksum_that_is_not_messagepack_for_a_drill_is_corrupt()
    {
        var error = ReadFails(WithHeader("not messagepack"u8.ToArray()), DrillArchiveProblem.Corrupt);

        Assert.Equal("Corrupt TeamDrill archive: the body passed its checksum but is not a valid drill record.", error.Message);
        Assert.IsType<MessagePackSerializationException>(error.InnerException);
    }

    [Fact]
    public void a_messagepack_nil_body_is_corrupt()
    {
        Assert.Equal(
            "Corrupt TeamDrill archive: the body passed its checksum but is not a valid drill record.",
            ReadFails(WithHeader([0xC0]), DrillArchiveProblem.Corrupt).Message);
    }

    [Fact]
    public void an_impossible_body_length_is_corrupt()
    {
        Assert.Equal(
            $"Corrupt TeamDrill archive: the header gives a body length of -5 bytes; it must be 0 to {DrillArchiveFormat.MaxBodyLength}.",
            ReadFails(WithHeader([], length: -5), DrillArchiveProblem.Corrupt).Message);
    }

    [Fact]
    public void data_after_the_body_is_corrupt()
    {
        Assert.Equal(
            "Corrupt TeamDrill archive: there is unexpected data after the body.",
            ReadFails([.. Good, 0x00], DrillArchiveProblem.Corrupt).Message);
    }

    [Fact]
    public void every_possible_cut_of_an_archive_gives_a_clear_error_never_another_exception()
    {
        for (var length = 0; length < Good.Length; length++)
        {
            Assert.Throws<DrillArchiveException>(() => DrillArchiveReader.Read(Good[..length]));
        }
    }
}

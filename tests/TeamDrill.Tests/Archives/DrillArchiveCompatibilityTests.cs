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
    public void the_body_is_an_array_of_twenty_one_keys()
    {
        Assert.Equal(new byte[] { 0xDC, 0x00, 21 }, Body()[..3]);
    }

    [Fact]
    public void a_file_from_a_newer_writer_with_an_extra_key_still_reads()
    {
        var body = Body();
        body[2] = 22;

        var read = DrillArchiveReader.Read(File([.. body, 0xA3, (byte)'n', (byte)'e', (byte)'w']));

        Assert.Equivalent(SampleArchive.Create(), read, strict: true);
    }

    [Fact]
    public void a_file_from_an_older_writer_without_the_last_keys_reads_them_as_their_defaults()
    {
        var body = Body();
        // key 17 ClosedEarly = true, 18 nil, 19 no support lines, 20 ["empathy"]
        Assert.Equal(new byte[] { 0xC3, 0xC0, 0x90, 0x91, 0xA7 }, body[^12..^7]);
        body[2] = 17;

        var read = DrillArchiveReader.Read(File(body[..^12]));

        Assert.False(read.ClosedEarly);
        Assert.Null(read.CardCriteria);
        Assert.Equal("late-parcel", read.CardId);
    }

    [Fact]
    public void an_archive_from_before_the_two_part_reflection_keeps_its_one_line_as_what_worked()
    {
        var body = Body();
        body[2] = 18;

        var read = DrillArchiveReader.Read(File(body[..^11]));
        var debrief = ArchiveDebrief.From(read);

        Assert.Equal(SampleArchive.Create().Reflection, debrief.Reflection);
        Assert.Null(debrief.ReflectionDoDifferently);
        Assert.Empty(debrief.SupportLines);
        Assert.True(read.ClosedEarly);
    }

    [Fact]
    public void the_second_part_of_the_reflection_and_the_support_lines_survive_the_round_trip()
    {
        var archive = new DrillArchive
        {
            CardId = "late-parcel",
            Reflection = "Named the date.",
            ReflectionDoDifferently = "Ask sooner.",
            SupportLines = [new TeamDrill.Shared.Protocol.SupportLine { ScorerId = "p-sam", ScorerName = "Sam", Text = "Your sorry came first." }],
        };

        var read = DrillArchiveReader.Read(DrillArchiveWriter.ToBytes(archive));

        Assert.Equal("Ask sooner.", read.ReflectionDoDifferently);
        Assert.Equal(("Sam", "Your sorry came first."), (read.SupportLines.Single().ScorerName, read.SupportLines.Single().Text));
    }
}

using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Archives;

public sealed class DrillArchiveRoundTripTests
{
    [Fact]
    public void an_archive_reads_back_identically()
    {
        var original = SampleArchive.Create();
        using var file = new MemoryStream();

        DrillArchiveWriter.Write(file, original);
        file.Position = 0;
        var read = DrillArchiveReader.Read(file);

        Assert.Equivalent(original, read, strict: true);
        Assert.Equal(original.StartedAt.Offset, read.StartedAt.Offset);
        Assert.Equal(DrillArchiveWriter.ToBytes(original), DrillArchiveWriter.ToBytes(read));
    }

    [Fact]
    public void nullable_reflection_and_fidelity_stay_null()
    {
        var original = new DrillArchive { CardId = "c", Reflection = null, FidelityRatings = null };

        var read = DrillArchiveReader.Read(DrillArchiveWriter.ToBytes(original));

        Assert.Null(read.Reflection);
        Assert.Null(read.FidelityRatings);
    }

    [Fact]
    public void the_file_starts_with_the_signature_version_length_and_checksum()
    {
        var bytes = DrillArchiveWriter.ToBytes(SampleArchive.Create());

        Assert.Equal("TDRILL"u8.ToArray(), bytes[..6]);
        Assert.Equal(DrillArchiveFormat.CurrentVersion, BitConverter.ToInt32(bytes, 6));
        Assert.Equal(bytes.Length - DrillArchiveFormat.HeaderLength, BitConverter.ToInt32(bytes, 10));
        Assert.Equal(Crc32.Compute(bytes.AsSpan(DrillArchiveFormat.HeaderLength)), BitConverter.ToUInt32(bytes, 14));
    }

    [Fact]
    public void an_archive_made_from_a_debrief_keeps_what_the_debrief_carries()
    {
        var sample = SampleArchive.Create();
        var debrief = new Debrief
        {
            RoomCode = sample.RoomCode, DrillNumber = sample.DrillNumber,
            Brief = new PublicBrief { CardId = sample.CardId, Title = sample.CardTitle, Criteria = sample.CardCriteria! },
            Participants = sample.Participants, Outcome = sample.Outcome, StartedAt = sample.StartedAt, EndedAt = sample.EndedAt,
            Transcript = sample.Transcript, AngerCurve = sample.AngerCurve, Tags = sample.Tags, Rubrics = sample.Rubrics, ClosedEarly = sample.ClosedEarly,
        };

        var archive = DrillArchive.FromDebrief(debrief, sample.CardVersion, sample.Rubric, sample.ScoredAt, sample.Reflection, sample.FidelityRatings);

        Assert.Equivalent(sample, archive, strict: true);
    }
}

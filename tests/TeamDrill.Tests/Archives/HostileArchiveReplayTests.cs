using TeamDrill.Client.Archives;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Archives;

/// <summary>An archive someone handed you may have been written by anything: replaying it prints nothing raw.</summary>
public sealed class HostileArchiveReplayTests
{
    [Fact]
    public void a_replayed_archive_with_escape_sequences_prints_them_as_plain_text()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "hostile.tdrill");
        var sample = SampleArchive.Create();
        var hostile = new DrillArchive
        {
            CardId = sample.CardId, CardVersion = sample.CardVersion, RoomCode = sample.RoomCode, DrillNumber = sample.DrillNumber,
            CardTitle = "\u001b]8;;http://evil\u0007Parcel\u001b]8;;\u0007",
            Participants = sample.Participants, Tags = sample.Tags, Rubric = sample.Rubric, Rubrics = sample.Rubrics, AngerCurve = sample.AngerCurve,
            Transcript = [.. sample.Transcript.Select(m => new TranscriptMessage
            {
                Number = m.Number, SenderId = m.SenderId, SenderName = m.SenderName, Role = m.Role, At = m.At,
                Text = m.Number == 1 ? "\u001b]52;c;aGk=\u0007Where\u202E is it\u009b2J" : m.Text,
            })],
            Outcome = sample.Outcome, StartedAt = sample.StartedAt, EndedAt = sample.EndedAt, ScoredAt = sample.ScoredAt,
        };
        using (var file = File.Create(path))
        {
            DrillArchiveWriter.Write(file, hostile);
        }

        var stdout = new StringWriter();

        var code = ArchiveCommands.Replay(path, stdout, new StringWriter());

        var printed = stdout.ToString();
        Assert.Equal(0, code);
        Assert.Contains("]52;c;aGk=Where is it2J", printed, StringComparison.Ordinal);
        Assert.Contains("]8;;http://evilParcel]8;;", printed, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', printed);
        Assert.DoesNotContain('\u202E', printed);
        Assert.DoesNotContain('\u009b', printed);
    }
}

using TeamDrill.Shared.Archives;

namespace TeamDrill.Tests.Archives;

public sealed class DrillArchiveCsvTests
{
    private static readonly string[] Lines = DrillArchiveCsv.Render(SampleArchive.Create()).Split("\r\n");

    [Fact]
    public void there_is_a_header_and_one_row_per_message()
    {
        Assert.Equal("message,offset,at,role,sender,text,plus,minus,tags,anger", Lines[0]);
        Assert.Equal(6, Lines.Length); // header, four messages, and the empty string after the last CRLF
        Assert.Equal("", Lines[^1]);
    }

    [Fact]
    public void a_row_carries_the_tags_their_counts_and_the_anger_once_the_message_was_sent()
    {
        Assert.Equal("2,00:20,2025-03-03T09:01:20.000+01:00,agent,Abel,\"Calm down, please.\",0,2,empathy− (Hana); composure− (Sam),7", Lines[2]);
        Assert.Equal("4,02:14,2025-03-03T09:03:14.000+01:00,agent,Abel,\"You're right, I'm sorry. I'll trace it now, Mrs Okafor.\",2,0,empathy+ (Hana); ownership+ (Sam),4", Lines[4]);
    }

    [Fact]
    public void quotes_are_doubled_and_a_leading_formula_character_is_defused()
    {
        var archive = SampleArchive.Create();
        var messages = archive.Transcript.ToList();
        messages[0] = new TeamDrill.Shared.Protocol.TranscriptMessage { Number = 1, SenderName = "=HYPERLINK(\"x\")", Text = "-2+3", At = archive.StartedAt };
        var lines = DrillArchiveCsv.Render(new DrillArchive { StartedAt = archive.StartedAt, Transcript = messages, AngerCurve = archive.AngerCurve }).Split("\r\n");

        Assert.StartsWith("1,00:00,2025-03-03T09:01:00.000+01:00,none,\"'=HYPERLINK(\"\"x\"\")\",'-2+3,0,0,,", lines[1], StringComparison.Ordinal);
        Assert.Equal("3,00:31,2025-03-03T09:01:31.000+01:00,customer,Carla,\"Don't tell me to \"\"calm down\"\", = rude\",0,0,,9", lines[3]);
    }
}

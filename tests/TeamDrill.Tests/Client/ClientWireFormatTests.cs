using MessagePack;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Client;

/// <summary>
/// Defence in depth: even if a server sent a raw escape sequence, bidi override or pile of combining
/// marks, the client reads every string through the terminal cleaner before anything prints it.
/// </summary>
public sealed class ClientWireFormatTests
{
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\u009b31mEve\u202Egnp.exe\u200B" + "\u0301\u0301\u0301\u0301";

    private static T RoundTrip<T>(T sent) =>
        MessagePackSerializer.Deserialize<T>(MessagePackSerializer.Serialize(sent, WireFormat.Options), ClientWireFormat.Options);

    [Fact]
    public void strings_inside_pushed_events_arrive_cleaned()
    {
        RoomEvent[] sent =
        [
            new MemberJoined { Seq = 1, Member = new MemberView { PlayerId = "p1", Name = Hostile } },
            new MessagePosted { Seq = 2, Message = new TranscriptMessage { Number = 1, SenderName = Hostile, Text = "line one\nline two " + Hostile } },
        ];

        var received = RoundTrip(sent);

        Assert.Equal("]0;pwned[2J31mEvegnp.exe\u0301\u0301", Assert.IsType<MemberJoined>(received[0]).Member.Name);
        var message = Assert.IsType<MessagePosted>(received[1]).Message;
        Assert.Equal("line one\nline two ]0;pwned[2J31mEvegnp.exe\u0301\u0301", message.Text);
        Assert.Equal(1, message.Number);
    }

    [Fact]
    public void card_text_lists_and_dictionary_keys_arrive_cleaned()
    {
        var brief = new PublicBrief { CardId = "bad\u001b[5m", Title = Hostile, Facts = ["ok", "\u202Eevil"] };
        var scores = new Dictionary<string, int?> { ["empathy\u001b[8m"] = 3 };

        var received = RoundTrip(brief);
        var keys = RoundTrip(scores);

        Assert.Equal("bad[5m", received.CardId);
        Assert.Equal(["ok", "evil"], received.Facts);
        Assert.Equal("empathy[8m", Assert.Single(keys).Key);
    }

    [Fact]
    public void plain_text_and_layout_are_untouched()
    {
        var table = "name   score\n| Ana | 4 |\r\nJosé Nguyễn 😀";

        Assert.Equal(table, RoundTrip(new PublicBrief { Title = table }).Title);
    }
}

using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Drills;

public sealed class ProtocolSerializationTests
{
    [Fact]
    public void a_room_snapshot_survives_the_messagepack_wire()
    {
        var snapshot = new RoomSnapshot
        {
            Code = "K7QX2M",
            Seq = 4,
            Members = [new MemberView { PlayerId = "p1", Name = "Ana", Role = DrillRole.Customer, IsHost = true }],
            Card = new CustomerCard { Brief = new PublicBrief { CardId = "c" }, Sections = [new CardSection { Heading = "h", Lines = ["x"] }] },
            MyRubric = new RubricSheet { Scores = new Dictionary<string, int?> { ["empathy"] = 4, ["boundaries"] = null } },
        };

        var back = MessagePackSerializer.Deserialize<RoomSnapshot>(MessagePackSerializer.Serialize(snapshot));

        Assert.Equal("Ana", back.Members.Single().Name);
        Assert.Equal("x", back.Card!.Sections.Single().Lines.Single());
        Assert.Null(back.MyRubric!.Scores["boundaries"]);
        Assert.Equal(4, back.MyRubric.Scores["empathy"]);
    }

    [Fact]
    public void a_room_event_keeps_its_kind_and_sequence_number_on_the_wire()
    {
        RoomEvent sent = new AngerChanged { Seq = 9, Level = 6, Previous = 3, At = DateTimeOffset.UnixEpoch };

        var back = MessagePackSerializer.Deserialize<RoomEvent>(MessagePackSerializer.Serialize(sent));

        var anger = Assert.IsType<AngerChanged>(back);
        Assert.Equal((9L, 6, 3), (anger.Seq, anger.Level, anger.Previous));
    }
}

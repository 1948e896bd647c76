using TeamDrill.Client.LineMode;
using TeamDrill.Client.Session;
using TeamDrill.Shared.Protocol;
using Xunit;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Client;

/// <summary>What the console shows of the host's moderation: the commands, the room's news, and /room.</summary>
public sealed class ModerationClientTests
{
    [Theory]
    [InlineData("/unban Cy", typeof(UnbanCommand))]
    [InlineData("/mute Cy", typeof(MuteCommand))]
    [InlineData("/unmute Cy", typeof(UnmuteCommand))]
    public void the_moderation_commands_take_a_name(string line, Type expected)
    {
        var result = CommandParser.Parse(line);

        Assert.IsType(expected, result.Command);
    }

    [Theory]
    [InlineData("/unban", "usage: /unban NAME")]
    [InlineData("/mute", "usage: /mute NAME")]
    [InlineData("/unmute", "usage: /unmute NAME")]
    public void a_moderation_command_without_a_name_shows_its_usage(string line, string error) =>
        Assert.Equal(error, CommandParser.Parse(line).Error);

    [Fact]
    public void the_room_reads_bans_and_mutes_and_the_host_sees_the_banned_names()
    {
        var host = SeenRoom.FromSnapshot(R.Lobby(), "p-ana");
        var muted = host.Apply(new MemberMuted { Seq = 4, PlayerId = "p-ben", Name = "Ben" });
        var banned = muted.Apply(new MemberBanned { Seq = 5, PlayerId = "p-cy", Name = "Cy" });

        Assert.Equal(["* Ben was muted by the host"], Lines(new MemberMuted { Seq = 4, PlayerId = "p-ben", Name = "Ben" }, host, muted));
        Assert.Equal(
            ["* Cy was removed by the host (banned until the host lifts it: /unban NAME)"],
            Lines(new MemberBanned { Seq = 5, PlayerId = "p-cy", Name = "Cy" }, muted, banned));
        var room = RoomSummaryFormatter.Room(banned).ToList();
        Assert.Contains("  members: Ana (host), Ben (muted)", room);
        Assert.Contains("  banned: Cy (/unban NAME lifts it)", room);
        Assert.DoesNotContain(RoomSummaryFormatter.Room(banned with { MyPlayerId = "p-ben" }), l => l.Contains("banned", StringComparison.Ordinal));

        var lifted = banned.Apply(new MemberUnbanned { Seq = 6, PlayerId = "p-cy", Name = "Cy" }).Apply(new MemberUnmuted { Seq = 7, PlayerId = "p-ben", Name = "Ben" });
        Assert.Empty(lifted.BannedNames);
        Assert.False(lifted.FindMember("p-ben")!.IsMuted);
    }

    [Fact]
    public void a_muted_player_is_told_so_in_their_own_words()
    {
        var ben = SeenRoom.FromSnapshot(R.Lobby(), "p-ben");
        var muted = new MemberMuted { Seq = 4, PlayerId = "p-ben", Name = "Ben" };

        var line = Assert.Single(Lines(muted, ben, ben.Apply(muted)));

        Assert.StartsWith("* the host muted you:", line);
    }

    private static List<string> Lines(RoomEvent roomEvent, SeenRoom before, SeenRoom after) =>
        [.. RoomEventFormatter.Format(new RoomEventAppliedEventArgs(roomEvent, before, after))];
}

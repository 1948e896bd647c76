using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui;

/// <summary>The line the status bar shows when the host bans, unbans, mutes or unmutes someone in a room.</summary>
public static class ModerationNotice
{
    public static string? For(RoomEvent? roomEvent, SeenRoom room) => roomEvent switch
    {
        MemberBanned e => $"{DisplayText.Clean(e.Name)} was removed from {room.Code} by the host (banned)",
        MemberUnbanned e => $"The host lifted the ban on {DisplayText.Clean(e.Name)} in {room.Code}",
        MemberMuted e when e.PlayerId == room.MyPlayerId => $"! The host muted you in {room.Code}: what you say or score is refused until you are unmuted",
        MemberMuted e => $"{DisplayText.Clean(e.Name)} was muted by the host in {room.Code}",
        MemberUnmuted e when e.PlayerId == room.MyPlayerId => $"The host unmuted you in {room.Code}",
        MemberUnmuted e => $"{DisplayText.Clean(e.Name)} was unmuted by the host in {room.Code}",
        _ => null,
    };
}

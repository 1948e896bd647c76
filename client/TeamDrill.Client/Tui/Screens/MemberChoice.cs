namespace TeamDrill.Client.Tui.Screens;

/// <summary>The host's moderation request about one player of a room: a member's id, or a banned player's name.</summary>
public sealed record MemberChoice(string RoomCode, string Player);

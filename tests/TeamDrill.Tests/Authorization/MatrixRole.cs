namespace TeamDrill.Tests.Authorization;

/// <summary>Who calls, as the authorization matrix sees them: a role in the room under test, or an outsider.</summary>
public enum MatrixRole
{
    Host,
    Customer,
    Agent,
    Scorer,
    Watcher,
    /// <summary>Removed (banned) by the host in the lobby, before any drill.</summary>
    Removed,
    /// <summary>A scorer the host muted in the lobby.</summary>
    Muted,
    /// <summary>Signed in, never joined the room.</summary>
    NonMember,
    /// <summary>The host of another room, never in this one.</summary>
    OtherRoomMember,
}

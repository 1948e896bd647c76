namespace TeamDrill.Shared.Protocol;

/// <summary>
/// The identity a projector (watch link) connection carries. Player ids are GUIDs, so a watcher id never
/// names a member and every audience rule treats it as someone who sees only what is shown to everyone.
/// </summary>
public static class WatcherIds
{
    public const string Prefix = "watch:";

    public static string For(string roomCode) => Prefix + roomCode;

    public static bool IsWatcher(string playerId) => playerId.StartsWith(Prefix, StringComparison.Ordinal);
}

using TeamDrill.Shared.Drills;

namespace TeamDrill.Server.Edge.Watching;

/// <summary>
/// A projector page's access token, <c>watch.CODE.KEY</c>: the room and the link's secret key. Sign-in
/// tokens never contain a dot, so the two kinds cannot be mistaken for each other.
/// </summary>
public readonly record struct WatchToken(string RoomCode, string Key)
{
    public const string Prefix = "watch.";

    /// <summary>A new link key: 128 random bits, short enough that the link fits one 80-column line.</summary>
    public static string NewKey() => System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static bool LooksLikeOne(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    public static WatchToken? Parse(string token)
    {
        if (!LooksLikeOne(token) || token.Length > 200)
        {
            return null;
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2 || parts[1].Length == 0 || !RoomCodes.TryNormalize(parts[0], out var code))
        {
            return null;
        }

        return new WatchToken(code, parts[1]);
    }

    public override string ToString() => Prefix + RoomCode + "." + Key;
}

using System.Reflection;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// The version of what client and edge say to each other: the sign-in body, the hub methods and the
/// MessagePack shapes. Raise <see cref="Current"/> whenever a change would confuse the other side; a
/// client that speaks another version is told at sign-in which release to download.
/// </summary>
public static class ProtocolVersion
{
    public const int Current = 1;

    /// <summary>The release number, the <c>Version</c> property of the build (client and server are built with the same one).</summary>
    public static string AppVersion { get; } = VersionOf(typeof(ProtocolVersion).Assembly);

    /// <summary>
    /// Null when a client speaking <paramref name="clientProtocol"/> may sign in here; otherwise the one
    /// sentence it shows the player. A caller that names no version (curl, a web page) is not a game client and is let in.
    /// </summary>
    public static string? Mismatch(int? clientProtocol, string? clientApp, string serverApp, string downloadUrl)
    {
        if (clientProtocol is not { } version || version == Current)
        {
            return null;
        }

        var age = version < Current ? "too old" : "too new";
        // The release is the client's own text, echoed back: only a plain version number is repeated.
        var yours = IsPlainVersion(clientApp) ? $"TeamDrill {clientApp}, protocol {version}" : $"protocol {version}";
        return $"This client ({yours}) is {age} for this server (TeamDrill {serverApp}, protocol {Current}): "
            + $"download TeamDrill {serverApp} from {downloadUrl} and sign in again.";
    }

    private static bool IsPlainVersion(string? text) =>
        text is { Length: > 0 and <= 32 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+');

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is { Length: > 0 } ? informational.Split('+')[0] : assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}

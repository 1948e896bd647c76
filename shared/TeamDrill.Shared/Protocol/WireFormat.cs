using MessagePack;
using MessagePack.Resolvers;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// The MessagePack settings both ends of the hub use: the attribute-based standard resolver (integer
/// keys, enums as numbers), hardened for untrusted input. SignalR's own default differs (enums as
/// strings, contractless), so client and server must both set this.
/// </summary>
public static class WireFormat
{
    public static MessagePackSerializerOptions Options { get; } =
        MessagePackSerializerOptions.Standard.WithResolver(StandardResolver.Instance).WithSecurity(MessagePackSecurity.UntrustedData);
}

using MessagePack;
using MessagePack.Resolvers;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// The hub's <see cref="WireFormat"/> with one change on the client: every string read from the server
/// passes through <see cref="TerminalSafeStringFormatter"/> (MessagePack asks the resolver for the string
/// formatter of every member, list element and dictionary key), the one place both clients clean what
/// they will print.
/// </summary>
public static class ClientWireFormat
{
    public static MessagePackSerializerOptions Options { get; } = WireFormat.Options.WithResolver(
        CompositeResolver.Create([TerminalSafeStringFormatter.Instance], [StandardResolver.Instance]));
}

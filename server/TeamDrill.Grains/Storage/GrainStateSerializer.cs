using MessagePack;
using MessagePack.Resolvers;

namespace TeamDrill.Grains.Storage;

/// <summary>
/// Grain state at rest is MessagePack (DESIGN §4): state classes are <c>[MessagePackObject]</c> with
/// integer keys, so old rows stay readable as classes gain members.
/// </summary>
internal static class GrainStateSerializer
{
    public static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static byte[] Serialize<T>(T value) => MessagePackSerializer.Serialize(typeof(T), value, Options);

    public static T Deserialize<T>(byte[] payload) => (T)MessagePackSerializer.Deserialize(typeof(T), payload, Options)!;
}

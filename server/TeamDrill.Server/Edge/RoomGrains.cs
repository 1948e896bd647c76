using TeamDrill.Grains.Rooms;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Room grain references by code. Orleans' <c>GetGrain&lt;T&gt;(key)</c> reads the interface's attributes on
/// every call (it showed in the profile of each hub call); the grain and interface types are the same
/// for every room, so they are looked up once.
/// </summary>
public sealed class RoomGrains(IGrainFactory grains) : IRoomCatchUpSource
{
    private readonly Lazy<(GrainType Grain, GrainInterfaceType Interface)> _types = new(() =>
    {
        var prototype = (GrainReference)grains.GetGrain<IRoomGrain>("PROTOTYPE");
        return (prototype.GrainId.Type, prototype.InterfaceType);
    });

    public IRoomGrain Get(string code)
    {
        var (grain, face) = _types.Value;
        return (IRoomGrain)grains.GetGrain(GrainId.Create(grain, code), face);
    }

    public Task<RoomCatchUp> CatchUp(string roomCode, long afterSeq) => Get(roomCode).CatchUp(afterSeq);
}

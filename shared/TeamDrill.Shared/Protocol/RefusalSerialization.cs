using Orleans;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// A refusal as it crosses a grain call: only its sentence, which the edge shows the player as it is.
/// The domain's exceptions stay free of Orleans; these surrogates carry them between silos and edges.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct RefusalSurrogate([property: Id(0)] string Message);

[RegisterConverter]
public sealed class DrillRuleExceptionConverter : IConverter<DrillRuleException, RefusalSurrogate>
{
    public DrillRuleException ConvertFromSurrogate(in RefusalSurrogate surrogate) => new(surrogate.Message);

    public RefusalSurrogate ConvertToSurrogate(in DrillRuleException value) => new(value.Message);
}

[RegisterConverter]
public sealed class RoomUnavailableExceptionConverter : IConverter<RoomUnavailableException, RefusalSurrogate>
{
    public RoomUnavailableException ConvertFromSurrogate(in RefusalSurrogate surrogate) => new(surrogate.Message);

    public RefusalSurrogate ConvertToSurrogate(in RoomUnavailableException value) => new(value.Message);
}

[RegisterConverter]
public sealed class RoomNotOpenExceptionConverter : IConverter<RoomNotOpenException, RefusalSurrogate>
{
    public RoomNotOpenException ConvertFromSurrogate(in RefusalSurrogate surrogate) => new(surrogate.Message);

    public RefusalSurrogate ConvertToSurrogate(in RoomNotOpenException value) => new(value.Message);
}

using Orleans.Runtime;

namespace TeamDrill.Grains.Storage;

/// <summary>The primary key of one stored state: grain type, grain key and state name.</summary>
internal readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName)
{
    public static GrainStateKey From(GrainId grainId, string stateName) =>
        new(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    public override string ToString() => $"{GrainType}/{GrainKey} state '{StateName}'";
}

using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// One scorer's line of peer support for the agent: one thing that helped. Shown with the scorer's name,
/// because support from a named colleague is someone the agent can go back to.
/// </summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class SupportLine
{
    [Key(0), Id(0)] public string ScorerId { get; init; } = "";
    [Key(1), Id(1)] public string ScorerName { get; init; } = "";
    [Key(2), Id(2)] public string Text { get; init; } = "";
    [Key(3), Id(3)] public DateTimeOffset At { get; init; }
}

using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

// League DTOs follow Views.cs: MessagePack [Key] for the client wire, Orleans [Id] for edge-to-silo calls.
// Keys are append-only: never renumber, never reuse.

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueMemberView
{
    [Key(0), Id(0)] public string PlayerId { get; init; } = "";
    [Key(1), Id(1)] public string Name { get; init; } = "";
    /// <summary>The member's team or division; empty when none was set.</summary>
    [Key(2), Id(2)] public string Group { get; init; } = "";
    /// <summary>True when <see cref="Presence"/> is present: the next round includes them.</summary>
    [Key(3), Id(3)] public bool Present { get; init; } = true;
    /// <summary>Present, absent (the next round only) or away (every round until marked present).</summary>
    [Key(4), Id(4)] public LeaguePresence Presence { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueView
{
    /// <summary>The league's code, which is also its join code.</summary>
    [Key(0), Id(0)] public string Code { get; init; } = "";
    [Key(1), Id(1)] public string Name { get; init; } = "";
    [Key(2), Id(2)] public string FacilitatorId { get; init; } = "";
    [Key(3), Id(3)] public string FacilitatorName { get; init; } = "";
    [Key(4), Id(4)] public IReadOnlyList<LeagueMemberView> Members { get; init; } = [];
    /// <summary>The current season's number; 0 before the first season starts.</summary>
    [Key(5), Id(5)] public int Season { get; init; }
    [Key(6), Id(6)] public int RoomSize { get; init; }
    /// <summary>Rounds started in the current season.</summary>
    [Key(7), Id(7)] public int Rounds { get; init; }
    /// <summary>Whether the latest round is still open (drills running or waiting to be closed).</summary>
    [Key(8), Id(8)] public bool RoundOpen { get; init; }
}

/// <summary>One drill of a round, as the facilitator watches it.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueDrillView
{
    [Key(0), Id(0)] public int Room { get; init; }
    [Key(1), Id(1)] public string RoomCode { get; init; } = "";
    [Key(2), Id(2)] public string AgentId { get; init; } = "";
    [Key(3), Id(3)] public string AgentName { get; init; } = "";
    [Key(4), Id(4)] public string CustomerId { get; init; } = "";
    [Key(5), Id(5)] public string CustomerName { get; init; } = "";
    [Key(6), Id(6)] public IReadOnlyList<string> ScorerNames { get; init; } = [];
    [Key(7), Id(7)] public string CardId { get; init; } = "";
    [Key(8), Id(8)] public string CardTitle { get; init; } = "";
    /// <summary>lobby, call, scoring or scored.</summary>
    [Key(9), Id(9)] public string Status { get; init; } = "";
    /// <summary>The agent's league points once scored (0..100); null before, or when nothing was scored.</summary>
    [Key(10), Id(10)] public int? Points { get; init; }
    [Key(11), Id(11)] public IReadOnlyList<string> ScorerIds { get; init; } = [];
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueRoundView
{
    [Key(0), Id(0)] public string LeagueCode { get; init; } = "";
    [Key(1), Id(1)] public int Season { get; init; }
    [Key(2), Id(2)] public int Number { get; init; }
    [Key(3), Id(3)] public bool Closed { get; init; }
    [Key(4), Id(4)] public IReadOnlyList<LeagueDrillView> Drills { get; init; } = [];
    /// <summary>Names of members left out of this round: absent for it, or away.</summary>
    [Key(5), Id(5)] public IReadOnlyList<string> Absent { get; init; } = [];
    /// <summary>Panel agreement over the round's rubrics (Krippendorff's alpha, ordinal), once closed.</summary>
    [Key(6), Id(6)] public AgreementFigure? Agreement { get; init; }
}

/// <summary>A table as rows of text cells, ready to show or export.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueTableView
{
    /// <summary>standings, judges, fidelity, cards...</summary>
    [Key(0), Id(0)] public string Name { get; init; } = "";
    [Key(1), Id(1)] public IReadOnlyList<string> Headers { get; init; } = [];
    [Key(2), Id(2)] public IReadOnlyList<bool> Numeric { get; init; } = [];
    [Key(3), Id(3)] public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueStandingsView
{
    [Key(0), Id(0)] public string LeagueCode { get; init; } = "";
    [Key(1), Id(1)] public int Season { get; init; }
    /// <summary>Closed rounds the tables count.</summary>
    [Key(2), Id(2)] public int RoundsClosed { get; init; }
    /// <summary>Standings (with ratings as "r ± 2RD"), judges, fidelity and card ratings, in that order.</summary>
    [Key(3), Id(3)] public IReadOnlyList<LeagueTableView> Tables { get; init; } = [];
    /// <summary>Krippendorff's alpha over every scored drill of the season (ordinal), or why there is none.</summary>
    [Key(4), Id(4)] public AgreementFigure SeasonOrdinalAlpha { get; init; } = new();
    [Key(5), Id(5)] public AgreementFigure SeasonIntervalAlpha { get; init; } = new();
}

/// <summary>A drill the caller is in, in the league's latest round.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class LeagueAssignmentView
{
    [Key(0), Id(0)] public string LeagueCode { get; init; } = "";
    [Key(1), Id(1)] public string LeagueName { get; init; } = "";
    [Key(2), Id(2)] public int Season { get; init; }
    [Key(3), Id(3)] public int Round { get; init; }
    [Key(4), Id(4)] public string RoomCode { get; init; } = "";
    [Key(5), Id(5)] public DrillRole Role { get; init; }
    [Key(6), Id(6)] public string AgentName { get; init; } = "";
    [Key(7), Id(7)] public string CustomerName { get; init; } = "";
    [Key(8), Id(8)] public string Status { get; init; } = "";
}

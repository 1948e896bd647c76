using MessagePack;

namespace TeamDrill.Shared.Leagues.Stored;

/// <summary>One scheduled drill of a round: its room, roles and card, and its result once the debrief came.</summary>
[MessagePackObject]
public sealed class LeagueDrillState
{
    [Key(0)] public int Room { get; set; }
    [Key(1)] public string RoomCode { get; set; } = "";
    [Key(2)] public string AgentId { get; set; } = "";
    [Key(3)] public string CustomerId { get; set; } = "";
    [Key(4)] public List<string> ScorerIds { get; set; } = [];
    [Key(5)] public string CardId { get; set; } = "";
    [Key(6)] public string CardTitle { get; set; } = "";
    [Key(7)] public LeagueDrillResult? Result { get; set; }
}

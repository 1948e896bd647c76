using Orleans;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Protocol;

/// <summary>What one league keeps about one member, for that member's data export.</summary>
[GenerateSerializer, Immutable]
public sealed class LeagueMembershipRecord
{
    [Id(0)] public string LeagueCode { get; init; } = "";
    [Id(1)] public string LeagueName { get; init; } = "";
    [Id(2)] public string NameInLeague { get; init; } = "";
    [Id(3)] public bool IsFacilitator { get; init; }
    [Id(4)] public DateTimeOffset? JoinedAt { get; init; }
    [Id(5)] public string Group { get; init; } = "";
    [Id(6)] public LeaguePresence Presence { get; init; }
    /// <summary>The member's agent rating (Glicko-2), once a closed round rated them.</summary>
    [Id(7)] public double? Rating { get; init; }
    [Id(8)] public double? RatingDeviation { get; init; }
    /// <summary>Rooms of the league's rounds the member was scheduled in.</summary>
    [Id(9)] public IReadOnlyList<string> RoomCodes { get; init; } = [];

    /// <summary>The record of <paramref name="playerId"/> in <paramref name="league"/>, or null when the league does not know them.</summary>
    public static LeagueMembershipRecord? Of(LeagueState league, string playerId)
    {
        var member = league.Members.FirstOrDefault(m => m.PlayerId == playerId);
        var isFacilitator = league.FacilitatorId == playerId;
        if (member is null && !isFacilitator)
        {
            return null;
        }

        var rating = league.AgentRatings.GetValueOrDefault(playerId);
        return new LeagueMembershipRecord
        {
            LeagueCode = league.Code,
            LeagueName = league.Name,
            NameInLeague = member?.Name ?? league.FacilitatorName,
            IsFacilitator = isFacilitator,
            JoinedAt = member?.JoinedAt,
            Group = member?.Group ?? "",
            Presence = member?.Presence ?? LeaguePresence.Present,
            Rating = rating?.Rating,
            RatingDeviation = rating?.Deviation,
            RoomCodes = [.. league.Rounds.SelectMany(r => r.Drills)
                .Where(d => isFacilitator || d.AgentId == playerId || d.CustomerId == playerId || d.ScorerIds.Contains(playerId))
                .Select(d => d.RoomCode).Distinct()],
        };
    }
}

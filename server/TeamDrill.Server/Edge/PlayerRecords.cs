using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamDrill.Grains.Leagues;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Privacy;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// One person's data across the grains that hold it: the player, their rooms, and their leagues (and the
/// rooms of those leagues' rounds). Export reads them; erase renames them through each grain, so a running
/// server does not write the old name back, and ends with the player grain so a failed erase can be repeated.
/// </summary>
public sealed partial class PlayerRecords(IGrainFactory grains, RoomGrains rooms, TimeProvider time, ILogger<PlayerRecords> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Signs out every token of the player; returns the hashes that were still valid.</summary>
    public async Task<IReadOnlyList<string>> SignOut(string playerId, string facilitatorId)
    {
        var revoked = await grains.GetGrain<IPlayerGrain>(playerId).RevokeTokens();
        LogSignedOut(playerId, revoked.Count, facilitatorId);
        return revoked;
    }

    public async Task<string> ExportJson(string playerId, string facilitatorId)
    {
        var profile = await grains.GetGrain<IPlayerGrain>(playerId).Profile();
        var (roomRecords, leagues) = await Gather(profile, room => room.PlayerRecord(playerId), league => league.MemberRecord(playerId));
        var activeSignIns = 0;
        foreach (var hash in profile.TokenHashes)
        {
            activeSignIns += await grains.GetGrain<ISessionTokenGrain>(hash).IsValid() ? 1 : 0;
        }

        var export = new PlayerDataExport
        {
            ExportedAt = time.GetUtcNow(),
            PlayerId = playerId,
            Name = profile.Name,
            CreatedAt = profile.CreatedAt,
            ErasedAs = profile.ErasedAs.Length > 0 ? profile.ErasedAs : null,
            ActiveSignIns = activeSignIns,
            Rooms = [.. roomRecords.Select(r => r.RoomCode)],
            Drills = PlayerDataExport.DrillsOf(playerId, roomRecords.SelectMany(r => r.Debriefs)),
            Leagues = [.. leagues.OfType<LeagueMembershipRecord>()],
        };
        LogExported(playerId, export.Drills.Count, facilitatorId);
        return JsonSerializer.Serialize(export, Json);
    }

    /// <summary>Erases the player; returns the label that replaced their name and the token hashes that were still valid.</summary>
    public async Task<(string Label, IReadOnlyList<string> Revoked)> Erase(string playerId, string facilitatorId)
    {
        var player = grains.GetGrain<IPlayerGrain>(playerId);
        var label = await grains.GetGrain<IErasureLedgerGrain>(0).LabelFor(playerId);
        await Gather(await player.Profile(), room => room.ErasePlayer(playerId, label), async league =>
        {
            await league.ErasePlayer(playerId, label);
            return await league.MemberRecord(playerId);
        });
        var revoked = await player.Erase(label);
        LogErased(playerId, label, facilitatorId);
        return (label, revoked);
    }

    /// <summary>
    /// Visits every room and league that may hold the player: those the player grain remembers, the leagues of
    /// those rooms, and the rooms of those leagues' rounds (a league room the player was scheduled in).
    /// </summary>
    private async Task<(List<PlayerInRoom> Rooms, List<LeagueMembershipRecord?> Leagues)> Gather(
        PlayerProfile profile,
        Func<IRoomGrain, Task<PlayerInRoom>> visitRoom,
        Func<ILeagueGrain, Task<LeagueMembershipRecord?>> visitLeague)
    {
        var roomCodes = new List<string>(profile.Rooms);
        var leagueCodes = new List<string>(profile.Leagues);
        var roomsSeen = new List<PlayerInRoom>();
        var leaguesSeen = new List<LeagueMembershipRecord?>();
        for (int r = 0, l = 0; r < roomCodes.Count || l < leagueCodes.Count;)
        {
            if (r < roomCodes.Count)
            {
                var record = await visitRoom(rooms.Get(roomCodes[r]));
                r++;
                roomsSeen.Add(record);
                if (record.LeagueId.Length > 0 && !leagueCodes.Contains(record.LeagueId))
                {
                    leagueCodes.Add(record.LeagueId);
                }

                continue;
            }

            var membership = await visitLeague(grains.GetGrain<ILeagueGrain>(leagueCodes[l]));
            l++;
            leaguesSeen.Add(membership);
            foreach (var code in membership?.RoomCodes ?? [])
            {
                if (!roomCodes.Contains(code))
                {
                    roomCodes.Add(code);
                }
            }
        }

        return (roomsSeen, leaguesSeen);
    }

    // Ids only: these lines are the operator's record of who did what, and must not keep an erased name.
    [LoggerMessage(Level = LogLevel.Information, Message = "Player {PlayerId}: {SignIns} sign-ins ended by facilitator {FacilitatorId}")]
    private partial void LogSignedOut(string playerId, int signIns, string facilitatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Player {PlayerId}: data exported ({Drills} drills) by facilitator {FacilitatorId}")]
    private partial void LogExported(string playerId, int drills, string facilitatorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Player {PlayerId} erased as '{Label}' by facilitator {FacilitatorId}")]
    private partial void LogErased(string playerId, string label, string facilitatorId);
}

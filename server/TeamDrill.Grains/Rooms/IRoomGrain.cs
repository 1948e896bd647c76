using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Rooms;

/// <summary>
/// A room, keyed by its code. Every method takes the authenticated player id the edge vouches for,
/// and fails with <see cref="TeamDrill.Shared.Drills.DrillRuleException"/> when the rules refuse.
/// A method that changes the room takes the client's action id last: a retry with an id the room already
/// stored changes nothing and succeeds (<see cref="TeamDrill.Shared.Drills.Room.Once"/>).
/// </summary>
public interface IRoomGrain : IGrainWithStringKey
{
    Task<RoomSnapshot> Create(string hostId, string hostName, string actionId);
    /// <summary>A league round's room with roles set; the facilitator then starts it with <see cref="StartDrill"/>.</summary>
    Task<RoomSnapshot> CreateForLeague(LeagueRoomSetup setup);
    Task<RoomSnapshot> Join(string playerId, string name);
    Task Leave(string playerId, string actionId);
    Task AssignRole(string actorId, string player, DrillRole role, string actionId);
    Task AutoAssign(string actorId, string actionId);
    Task StartDrill(string actorId, string? cardId, string actionId);
    /// <summary>Host: removes and bans a member (see <see cref="TeamDrill.Shared.Drills.Room.RemoveMember"/>).</summary>
    Task RemoveMember(string actorId, string player, string actionId);
    Task UnbanMember(string actorId, string player, string actionId);
    Task MuteMember(string actorId, string player, string actionId);
    Task UnmuteMember(string actorId, string player, string actionId);
    Task PauseCall(string actorId, string actionId);
    Task ResumeCall(string actorId, string actionId);
    Task EndCallEarly(string actorId, string actionId);
    Task PostMessage(string actorId, string text, string actionId);
    Task SetAnger(string actorId, int level, string actionId);
    Task Tag(string actorId, int messageNumber, string technique, TagPolarity polarity, string actionId);
    Task EndCall(string actorId, CallOutcome outcome, string actionId);
    Task SubmitRubric(string actorId, Dictionary<string, int?> scores, string actionId);
    Task CloseScoring(string actorId, string actionId);
    Task SubmitReflection(string actorId, string text, string actionId);
    Task SubmitReflectionParts(string actorId, string whatWorked, string doDifferently, string actionId);
    Task SubmitSupport(string actorId, string text, string actionId);
    Task RateFidelity(string actorId, int score, string actionId);
    /// <summary>
    /// The league's facilitator cancels a league room whose round did not start: no debrief, no report to
    /// the league, and every later action or join is refused with "This drill was cancelled: <paramref name="reason"/>."
    /// </summary>
    Task CancelLeagueRoom(string actorId, string reason);

    Task<ResyncResult> Resync(string playerId, long afterSeq);
    Task<RoomSnapshot> GetSnapshot(string playerId);
    Task<IReadOnlyList<HistoryEntry>> History(string playerId);
    Task<Debrief> GetDebrief(string playerId, int drillNumber);
    /// <summary>The finished drill as a <c>.tdrill</c> archive file's bytes.</summary>
    Task<byte[]> GetArchive(string playerId, int drillNumber);

    /// <summary>
    /// An edge follows the room (again): returns the room's last event number. Every push after it carries
    /// a run of consecutive events, so the edge can tell a late push from a lost one.
    /// </summary>
    Task<long> Subscribe(IRoomObserver observer);

    /// <summary>For a facilitator's data export: the room's finished drills that <paramref name="playerId"/> took part in. Empty when there is no such room.</summary>
    Task<PlayerInRoom> PlayerRecord(string playerId);

    /// <summary>
    /// Replaces the player's name with <paramref name="label"/> in the room, its finished drills and their archives,
    /// and drops the journal's events that still carry it (members resync from a snapshot). Returns what the room holds
    /// about the player afterwards; repeating it changes nothing more.
    /// </summary>
    Task<PlayerInRoom> ErasePlayer(string playerId, string label);

    /// <summary>For an edge that missed pushes: every event after <paramref name="afterSeq"/>, with its audience.</summary>
    Task<RoomCatchUp> CatchUp(long afterSeq);
    Task Unsubscribe(IRoomObserver observer);

    /// <summary>Host only: opens a projector link whose key hashes to <paramref name="keyHash"/> (an open one is revoked first).</summary>
    Task OpenWatchLink(string actorId, string keyHash);
    /// <summary>Host only: revokes the open projector link.</summary>
    Task CloseWatchLink(string actorId);
    /// <summary>The room as the projector shows it (only what every member sees), for the open link's key.</summary>
    Task<RoomSnapshot> WatchSnapshot(string keyHash);
}

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// What a signed-in client may ask of the edge. Every method fails with a HubException whose message
/// says what was wrong, and then nothing has changed. Every method that changes a room (all but
/// <see cref="JoinRoom"/>, which is harmless twice, and the reads) takes last an action id the client
/// chose (<see cref="ActionIds.New"/>): a retry with the same id after a lost answer changes nothing and
/// succeeds as the first call did.
/// </summary>
public interface IDrillHub
{
    Task<RoomSnapshot> CreateRoom(string actionId);
    Task<RoomSnapshot> JoinRoom(string code);
    Task LeaveRoom(string code, string actionId);

    /// <summary>Host only, in the lobby or after a debrief: give <paramref name="player"/> (a name or id) a role.</summary>
    Task AssignRole(string code, string player, DrillRole role, string actionId);
    /// <summary>Host only: a fair random assignment (whoever played a role least often gets it).</summary>
    Task AutoAssignRoles(string code, string actionId);
    /// <summary>Host only: start a drill with the given card, or a card the room has not played yet when null.</summary>
    Task StartDrill(string code, string? cardId, string actionId);

    /// <summary>
    /// Host: take a member out of the room (not the customer or agent while their call runs). Removal is a
    /// ban: they stop receiving the room at once, and may neither join nor read it until <see cref="UnbanMember"/>.
    /// </summary>
    Task RemoveMember(string code, string player, string actionId);
    /// <summary>Host, any phase: lift the ban on <paramref name="player"/> (a banned name or id); they may join again.</summary>
    Task UnbanMember(string code, string player, string actionId);
    /// <summary>Host, any phase: their messages, tags, scores, reflections and support lines are refused until unmuted.</summary>
    Task MuteMember(string code, string player, string actionId);
    Task UnmuteMember(string code, string player, string actionId);
    /// <summary>Host, during the call: stop the clock and the conversation.</summary>
    Task PauseCall(string code, string actionId);
    Task ResumeCall(string code, string actionId);
    /// <summary>Host, during the call: end it now; scoring follows as usual.</summary>
    Task EndCallEarly(string code, string actionId);

    /// <summary>Customer or agent, during the call.</summary>
    Task SendMessage(string code, string text, string actionId);
    /// <summary>Customer, during the call: 0 to 10.</summary>
    Task SetAnger(string code, int level, string actionId);
    /// <summary>Scorer, during the call or scoring: tag an agent message.</summary>
    Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity, string actionId);
    /// <summary>Customer, during the call.</summary>
    Task EndCall(string code, CallOutcome outcome, string actionId);
    /// <summary>Scorer, during scoring: every rubric criterion 1..5, or null for N/A.</summary>
    Task SubmitRubric(string code, Dictionary<string, int?> scores, string actionId);
    /// <summary>Host, during scoring: publish the debrief with the rubrics submitted so far.</summary>
    Task CloseScoring(string code, string actionId);
    /// <summary>Agent, during scoring: one line on how the call went, shown first in the debrief.</summary>
    Task SubmitReflection(string code, string text, string actionId);
    /// <summary>
    /// Agent, during scoring, once: the structured reflection, what worked and what they would do
    /// differently; either may be empty, not both; each at most 280 characters.
    /// </summary>
    Task SubmitReflectionParts(string code, string whatWorked, string doDifferently, string actionId);
    /// <summary>Scorer, during scoring, once: one line of peer support for the agent (one thing that helped), at most 160 characters.</summary>
    Task SubmitSupport(string code, string text, string actionId);
    /// <summary>Scorer, during scoring: how faithfully the customer played the card, 1..5.</summary>
    Task RateFidelity(string code, int score, string actionId);

    /// <summary>Everything this player may see after <paramref name="afterSeq"/>, or a snapshot.</summary>
    Task<ResyncResult> Resync(string code, long afterSeq);
    Task<RoomSnapshot> GetRoom(string code);
    Task<IReadOnlyList<HistoryEntry>> GetHistory();
    Task<Debrief> GetDebrief(string code, int drillNumber);
    /// <summary>A finished drill as a <c>.tdrill</c> archive (see docs/archive-format.md).</summary>
    Task<byte[]> GetArchive(string code, int drillNumber);
    Task<IReadOnlyList<PublicBrief>> ListCards();

    /// <summary>
    /// Host only, any phase: a read-only projector link for the room (the address of its page, with a
    /// secret key); an open one is revoked first. The room hears that a link was opened, never its key.
    /// </summary>
    Task<string> CreateWatchLink(string code);
    /// <summary>Host only: the open projector link stops working, and pages showing it say so.</summary>
    Task RevokeWatchLink(string code);
}

/// <summary>What the edge pushes to a client.</summary>
public interface IDrillClient
{
    /// <summary>
    /// One or more events of a room, in sequence order. An array, not a single event: SignalR's
    /// MessagePack protocol writes an argument by its runtime type, which would drop the union tag.
    /// </summary>
    Task ReceiveEvents(string roomCode, RoomEvent[] events);
}

/// <summary>Names of the hub's client callbacks, for clients that bind by string.</summary>
public static class HubCallbacks
{
    public const string ReceiveEvents = nameof(IDrillClient.ReceiveEvents);
}

/// <summary>Limits both sides agree on.</summary>
public static class DrillLimits
{
    public const int MaxMessageLength = 1000;
    public const int MaxNameLength = 32;
    public const int MinAnger = 0;
    public const int MaxAnger = 10;
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int RoomCodeLength = 6;
}

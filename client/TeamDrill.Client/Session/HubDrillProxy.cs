using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// The hub contract as typed calls over a SignalR connection. A call that changes a room carries its
/// action id and is sent again with it when the answer was lost (<see cref="ActionRetry"/>).
/// </summary>
public sealed class HubDrillProxy(HubConnection connection, ActionRetry? retry = null) : IDrillHub, ILeagueHub, IPlayerHub
{
    private readonly ActionRetry _retry = retry ?? new ActionRetry(() => connection.State == HubConnectionState.Connected);

    /// <summary>How many actions went again, with their ids, after an answer was lost.</summary>
    public long ResentActions => _retry.Resent;

    public Task ClaimFacilitator(string key) => connection.InvokeAsync(nameof(ClaimFacilitator), key);
    public Task<LeagueView> CreateLeague(string name) => connection.InvokeAsync<LeagueView>(nameof(CreateLeague), name);
    public Task<LeagueView> JoinLeague(string code) => connection.InvokeAsync<LeagueView>(nameof(JoinLeague), code);
    public Task<LeagueView> GetLeague(string code) => connection.InvokeAsync<LeagueView>(nameof(GetLeague), code);
    public Task SetPresence(string code, string member, string presence) => connection.InvokeAsync(nameof(SetPresence), code, member, presence);
    public Task SetGroup(string code, string member, string group) => connection.InvokeAsync(nameof(SetGroup), code, member, group);
    public Task<LeagueView> StartSeason(string code, int roomSize) => connection.InvokeAsync<LeagueView>(nameof(StartSeason), code, roomSize);
    public Task<LeagueRoundView> StartRound(string code) => connection.InvokeAsync<LeagueRoundView>(nameof(StartRound), code);
    public Task<LeaguePreviewView> PreviewRounds(string code, int rounds) =>
        connection.InvokeAsync<LeaguePreviewView>(nameof(PreviewRounds), code, rounds);
    public Task<LeagueRoundView> GetRound(string code, int round) => connection.InvokeAsync<LeagueRoundView>(nameof(GetRound), code, round);
    public Task<LeagueRoundView> CloseRound(string code) => connection.InvokeAsync<LeagueRoundView>(nameof(CloseRound), code);
    public Task<LeagueStandingsView> GetStandings(string code) => connection.InvokeAsync<LeagueStandingsView>(nameof(GetStandings), code);
    public Task<string> ExportLeague(string code, string what, string format) =>
        connection.InvokeAsync<string>(nameof(ExportLeague), code, what, format);
    public Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string code) =>
        connection.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(MyAssignments), code);

    public Task<RoomSnapshot> CreateRoom(string actionId) => Once(() => connection.InvokeAsync<RoomSnapshot>(nameof(CreateRoom), actionId));
    public Task<RoomSnapshot> JoinRoom(string code) => connection.InvokeAsync<RoomSnapshot>(nameof(JoinRoom), code);
    public Task LeaveRoom(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(LeaveRoom), code, actionId));

    public Task AssignRole(string code, string player, DrillRole role, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(AssignRole), code, player, role, actionId));
    public Task AutoAssignRoles(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(AutoAssignRoles), code, actionId));
    public Task StartDrill(string code, string? cardId, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(StartDrill), code, cardId, actionId));

    public Task SendMessage(string code, string text, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(SendMessage), code, text, actionId));
    public Task SetAnger(string code, int level, string actionId) => Once(() => connection.InvokeAsync(nameof(SetAnger), code, level, actionId));
    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(TagMessage), code, messageNumber, technique, polarity, actionId));
    public Task EndCall(string code, CallOutcome outcome, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(EndCall), code, outcome, actionId));
    public Task SubmitRubric(string code, Dictionary<string, int?> scores, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(SubmitRubric), code, scores, actionId));
    public Task CloseScoring(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(CloseScoring), code, actionId));
    public Task SubmitReflection(string code, string text, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(SubmitReflection), code, text, actionId));

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(SubmitReflectionParts), code, whatWorked, doDifferently, actionId));

    public Task SubmitSupport(string code, string text, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(SubmitSupport), code, text, actionId));
    public Task<byte[]> GetArchive(string code, int drillNumber) => connection.InvokeAsync<byte[]>(nameof(GetArchive), code, drillNumber);
    public Task RemoveMember(string code, string player, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(RemoveMember), code, player, actionId));
    public Task UnbanMember(string code, string player, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(UnbanMember), code, player, actionId));
    public Task MuteMember(string code, string player, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(MuteMember), code, player, actionId));
    public Task UnmuteMember(string code, string player, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(UnmuteMember), code, player, actionId));
    public Task<string> CreateWatchLink(string code) => connection.InvokeAsync<string>(nameof(CreateWatchLink), code);
    public Task RevokeWatchLink(string code) => connection.InvokeAsync(nameof(RevokeWatchLink), code);
    public Task PauseCall(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(PauseCall), code, actionId));
    public Task ResumeCall(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(ResumeCall), code, actionId));
    public Task EndCallEarly(string code, string actionId) => Once(() => connection.InvokeAsync(nameof(EndCallEarly), code, actionId));
    public Task RateFidelity(string code, int score, string actionId) =>
        Once(() => connection.InvokeAsync(nameof(RateFidelity), code, score, actionId));

    public Task<ResyncResult> Resync(string code, long afterSeq) => connection.InvokeAsync<ResyncResult>(nameof(Resync), code, afterSeq);
    public Task<RoomSnapshot> GetRoom(string code) => connection.InvokeAsync<RoomSnapshot>(nameof(GetRoom), code);
    public Task<IReadOnlyList<HistoryEntry>> GetHistory() => connection.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(GetHistory));
    public Task<Debrief> GetDebrief(string code, int drillNumber) => connection.InvokeAsync<Debrief>(nameof(GetDebrief), code, drillNumber);
    public Task<IReadOnlyList<PublicBrief>> ListCards() => connection.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(ListCards));

    public Task SignOut() => connection.InvokeAsync(nameof(SignOut));
    public Task<int> SignOutPlayer(string player) => connection.InvokeAsync<int>(nameof(SignOutPlayer), player);
    public Task<string> ExportPlayer(string player) => connection.InvokeAsync<string>(nameof(ExportPlayer), player);
    public Task<string> ErasePlayer(string player) => connection.InvokeAsync<string>(nameof(ErasePlayer), player);

    private Task Once(Func<Task> send) => _retry.RunAsync(send);

    private Task<T> Once<T>(Func<Task<T>> send) => _retry.RunAsync(send);
}

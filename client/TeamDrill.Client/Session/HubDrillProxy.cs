using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>The hub contract as typed calls over a SignalR connection.</summary>
public sealed class HubDrillProxy(HubConnection connection) : IDrillHub, ILeagueHub, IPlayerHub
{
    public Task ClaimFacilitator(string key) => connection.InvokeAsync(nameof(ClaimFacilitator), key);
    public Task<LeagueView> CreateLeague(string name) => connection.InvokeAsync<LeagueView>(nameof(CreateLeague), name);
    public Task<LeagueView> JoinLeague(string code) => connection.InvokeAsync<LeagueView>(nameof(JoinLeague), code);
    public Task<LeagueView> GetLeague(string code) => connection.InvokeAsync<LeagueView>(nameof(GetLeague), code);
    public Task SetPresence(string code, string member, string presence) => connection.InvokeAsync(nameof(SetPresence), code, member, presence);
    public Task SetGroup(string code, string member, string group) => connection.InvokeAsync(nameof(SetGroup), code, member, group);
    public Task<LeagueView> StartSeason(string code, int roomSize) => connection.InvokeAsync<LeagueView>(nameof(StartSeason), code, roomSize);
    public Task<LeagueRoundView> StartRound(string code) => connection.InvokeAsync<LeagueRoundView>(nameof(StartRound), code);
    public Task<LeaguePreviewView> PreviewRounds(string code, int rounds) => connection.InvokeAsync<LeaguePreviewView>(nameof(PreviewRounds), code, rounds);
    public Task<LeagueRoundView> GetRound(string code, int round) => connection.InvokeAsync<LeagueRoundView>(nameof(GetRound), code, round);
    public Task<LeagueRoundView> CloseRound(string code) => connection.InvokeAsync<LeagueRoundView>(nameof(CloseRound), code);
    public Task<LeagueStandingsView> GetStandings(string code) => connection.InvokeAsync<LeagueStandingsView>(nameof(GetStandings), code);
    public Task<string> ExportLeague(string code, string what, string format) => connection.InvokeAsync<string>(nameof(ExportLeague), code, what, format);
    public Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string code) =>
        connection.InvokeAsync<IReadOnlyList<LeagueAssignmentView>>(nameof(MyAssignments), code);

    public Task<RoomSnapshot> CreateRoom() => connection.InvokeAsync<RoomSnapshot>(nameof(CreateRoom));
    public Task<RoomSnapshot> JoinRoom(string code) => connection.InvokeAsync<RoomSnapshot>(nameof(JoinRoom), code);
    public Task LeaveRoom(string code) => connection.InvokeAsync(nameof(LeaveRoom), code);

    public Task AssignRole(string code, string player, DrillRole role) => connection.InvokeAsync(nameof(AssignRole), code, player, role);
    public Task AutoAssignRoles(string code) => connection.InvokeAsync(nameof(AutoAssignRoles), code);
    public Task StartDrill(string code, string? cardId) => connection.InvokeAsync(nameof(StartDrill), code, cardId);

    public Task SendMessage(string code, string text) => connection.InvokeAsync(nameof(SendMessage), code, text);
    public Task SetAnger(string code, int level) => connection.InvokeAsync(nameof(SetAnger), code, level);
    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity) =>
        connection.InvokeAsync(nameof(TagMessage), code, messageNumber, technique, polarity);
    public Task EndCall(string code, CallOutcome outcome) => connection.InvokeAsync(nameof(EndCall), code, outcome);
    public Task SubmitRubric(string code, Dictionary<string, int?> scores) => connection.InvokeAsync(nameof(SubmitRubric), code, scores);
    public Task CloseScoring(string code) => connection.InvokeAsync(nameof(CloseScoring), code);
    public Task SubmitReflection(string code, string text) => connection.InvokeAsync(nameof(SubmitReflection), code, text);

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently) =>
        connection.InvokeAsync(nameof(SubmitReflectionParts), code, whatWorked, doDifferently);

    public Task SubmitSupport(string code, string text) => connection.InvokeAsync(nameof(SubmitSupport), code, text);
    public Task<byte[]> GetArchive(string code, int drillNumber) => connection.InvokeAsync<byte[]>(nameof(GetArchive), code, drillNumber);
    public Task RemoveMember(string code, string player) => connection.InvokeAsync(nameof(RemoveMember), code, player);
    public Task UnbanMember(string code, string player) => connection.InvokeAsync(nameof(UnbanMember), code, player);
    public Task MuteMember(string code, string player) => connection.InvokeAsync(nameof(MuteMember), code, player);
    public Task UnmuteMember(string code, string player) => connection.InvokeAsync(nameof(UnmuteMember), code, player);
    public Task PauseCall(string code) => connection.InvokeAsync(nameof(PauseCall), code);
    public Task ResumeCall(string code) => connection.InvokeAsync(nameof(ResumeCall), code);
    public Task EndCallEarly(string code) => connection.InvokeAsync(nameof(EndCallEarly), code);
    public Task<string> CreateWatchLink(string code) => connection.InvokeAsync<string>(nameof(CreateWatchLink), code);
    public Task RevokeWatchLink(string code) => connection.InvokeAsync(nameof(RevokeWatchLink), code);
    public Task RateFidelity(string code, int score) => connection.InvokeAsync(nameof(RateFidelity), code, score);

    public Task<ResyncResult> Resync(string code, long afterSeq) => connection.InvokeAsync<ResyncResult>(nameof(Resync), code, afterSeq);
    public Task<RoomSnapshot> GetRoom(string code) => connection.InvokeAsync<RoomSnapshot>(nameof(GetRoom), code);
    public Task<IReadOnlyList<HistoryEntry>> GetHistory() => connection.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(GetHistory));
    public Task<Debrief> GetDebrief(string code, int drillNumber) => connection.InvokeAsync<Debrief>(nameof(GetDebrief), code, drillNumber);
    public Task<IReadOnlyList<PublicBrief>> ListCards() => connection.InvokeAsync<IReadOnlyList<PublicBrief>>(nameof(ListCards));

    public Task SignOut() => connection.InvokeAsync(nameof(SignOut));
    public Task<int> SignOutPlayer(string player) => connection.InvokeAsync<int>(nameof(SignOutPlayer), player);
    public Task<string> ExportPlayer(string player) => connection.InvokeAsync<string>(nameof(ExportPlayer), player);
    public Task<string> ErasePlayer(string player) => connection.InvokeAsync<string>(nameof(ErasePlayer), player);
}

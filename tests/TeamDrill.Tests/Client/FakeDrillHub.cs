using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Client;

/// <summary>
/// An <see cref="IDrillHub"/> that records every call as "Method arg arg" and answers from settable
/// functions. <see cref="Fail"/> makes the next call throw a HubException the way SignalR reports one.
/// </summary>
internal sealed class FakeDrillHub : IDrillHub
{
    public ConcurrentQueue<string> Calls { get; } = new();
    public Func<RoomSnapshot> OnCreate { get; set; } = () => SampleRoom.Lobby(1, SampleRoom.Ana());
    public Func<string, Task<RoomSnapshot>> OnJoin { get; set; } = code => Task.FromResult(SampleRoom.Lobby());
    public Func<string, long, Task<ResyncResult>> OnResync { get; set; } = (_, _) => Task.FromResult(new ResyncResult());
    public IReadOnlyList<PublicBrief> Cards { get; set; } = [SampleRoom.Brief()];
    public IReadOnlyList<HistoryEntry> History { get; set; } = [];
    public Action OnLeave { get; set; } = () => { };
    public string? Fail { get; set; }
    public byte[] Archive { get; set; } = [];

    public IReadOnlyList<string> CallList => [.. Calls];

    /// <summary>The action id of every call that changes a room, in order.</summary>
    public ConcurrentQueue<string> ActionIdList { get; } = new();

    public Task<RoomSnapshot> CreateRoom(string actionId) => Record(actionId, nameof(CreateRoom), () => Task.FromResult(OnCreate()));
    public Task<RoomSnapshot> JoinRoom(string code) => Record($"{nameof(JoinRoom)} {code}", () => OnJoin(code));
    public Task LeaveRoom(string code, string actionId) => Record(actionId, $"{nameof(LeaveRoom)} {code}", () =>
    {
        OnLeave();
        return Task.FromResult(0);
    });
    public Task AssignRole(string code, string player, DrillRole role, string actionId) => Record(actionId, $"{nameof(AssignRole)} {code} {player} {role}");
    public Task AutoAssignRoles(string code, string actionId) => Record(actionId, $"{nameof(AutoAssignRoles)} {code}");
    public Task StartDrill(string code, string? cardId, string actionId) => Record(actionId, $"{nameof(StartDrill)} {code} {cardId ?? "(any)"}");
    public Task SendMessage(string code, string text, string actionId) => Record(actionId, $"{nameof(SendMessage)} {code} {text}");
    public Task SetAnger(string code, int level, string actionId) => Record(actionId, $"{nameof(SetAnger)} {code} {level}");
    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity, string actionId) =>
        Record(actionId, $"{nameof(TagMessage)} {code} {messageNumber} {technique} {polarity}");
    public Task EndCall(string code, CallOutcome outcome, string actionId) => Record(actionId, $"{nameof(EndCall)} {code} {outcome}");
    public Task SubmitRubric(string code, Dictionary<string, int?> scores, string actionId) =>
        Record(actionId, $"{nameof(SubmitRubric)} {code} {string.Join(' ', scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value?.ToString() ?? "na"}"))}");
    public Task CloseScoring(string code, string actionId) => Record(actionId, $"{nameof(CloseScoring)} {code}");
    public Task SubmitReflection(string code, string text, string actionId) => Record(actionId, $"{nameof(SubmitReflection)} {code} {text}");

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently, string actionId) =>
        Record(actionId, $"{nameof(SubmitReflectionParts)} {code} {whatWorked} | {doDifferently}");

    public Task SubmitSupport(string code, string text, string actionId) => Record(actionId, $"{nameof(SubmitSupport)} {code} {text}");
    public Task<byte[]> GetArchive(string code, int drillNumber) => Record($"{nameof(GetArchive)} {code} {drillNumber}", () => Task.FromResult(Archive));
    public Task RemoveMember(string code, string player, string actionId) => Record(actionId, $"{nameof(RemoveMember)} {code} {player}");
    public Task UnbanMember(string code, string player, string actionId) => Record(actionId, $"{nameof(UnbanMember)} {code} {player}");
    public Task MuteMember(string code, string player, string actionId) => Record(actionId, $"{nameof(MuteMember)} {code} {player}");
    public Task UnmuteMember(string code, string player, string actionId) => Record(actionId, $"{nameof(UnmuteMember)} {code} {player}");
    public Task PauseCall(string code, string actionId) => Record(actionId, $"{nameof(PauseCall)} {code}");
    public Task ResumeCall(string code, string actionId) => Record(actionId, $"{nameof(ResumeCall)} {code}");
    public Task EndCallEarly(string code, string actionId) => Record(actionId, $"{nameof(EndCallEarly)} {code}");
    public Task RateFidelity(string code, int score, string actionId) => Record(actionId, $"{nameof(RateFidelity)} {code} {score}");
    public Task<ResyncResult> Resync(string code, long afterSeq) => Record($"{nameof(Resync)} {code} {afterSeq}", () => OnResync(code, afterSeq));
    public Task<RoomSnapshot> GetRoom(string code) => Record($"{nameof(GetRoom)} {code}", () => Task.FromResult(SampleRoom.Lobby()));
    public Task<IReadOnlyList<HistoryEntry>> GetHistory() => Record(nameof(GetHistory), () => Task.FromResult(History));
    public Task<Debrief> GetDebrief(string code, int drillNumber) => Record($"{nameof(GetDebrief)} {code} {drillNumber}", () => Task.FromResult(SampleRoom.Debrief()));
    public Task<IReadOnlyList<PublicBrief>> ListCards() => Record(nameof(ListCards), () => Task.FromResult(Cards));
    public Task<string> CreateWatchLink(string code) =>
        Record($"{nameof(CreateWatchLink)} {code}", () => Task.FromResult($"http://192.168.1.20:5080/watch/{code}?key=k3y"));
    public Task RevokeWatchLink(string code) => Record($"{nameof(RevokeWatchLink)} {code}");

    private Task Record(string call) => Record(call, () => Task.FromResult(0));

    private Task Record(string actionId, string call) => Record(actionId, call, () => Task.FromResult(0));

    private Task<T> Record<T>(string actionId, string call, Func<Task<T>> answer)
    {
        ActionIdList.Enqueue(actionId);
        return Record(call, answer);
    }

    private Task<T> Record<T>(string call, Func<Task<T>> answer)
    {
        Calls.Enqueue(call);
        if (Fail is { } message)
        {
            Fail = null;
            var method = call.Split(' ')[0];
            return Task.FromException<T>(new HubException($"An unexpected error occurred invoking '{method}' on the server. HubException: {message}"));
        }

        return answer();
    }
}

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

    public Task<RoomSnapshot> CreateRoom() => Record(nameof(CreateRoom), () => Task.FromResult(OnCreate()));
    public Task<RoomSnapshot> JoinRoom(string code) => Record($"{nameof(JoinRoom)} {code}", () => OnJoin(code));
    public Task LeaveRoom(string code) => Record($"{nameof(LeaveRoom)} {code}", () =>
    {
        OnLeave();
        return Task.FromResult(0);
    });
    public Task AssignRole(string code, string player, DrillRole role) => Record($"{nameof(AssignRole)} {code} {player} {role}");
    public Task AutoAssignRoles(string code) => Record($"{nameof(AutoAssignRoles)} {code}");
    public Task StartDrill(string code, string? cardId) => Record($"{nameof(StartDrill)} {code} {cardId ?? "(any)"}");
    public Task SendMessage(string code, string text) => Record($"{nameof(SendMessage)} {code} {text}");
    public Task SetAnger(string code, int level) => Record($"{nameof(SetAnger)} {code} {level}");
    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity) =>
        Record($"{nameof(TagMessage)} {code} {messageNumber} {technique} {polarity}");
    public Task EndCall(string code, CallOutcome outcome) => Record($"{nameof(EndCall)} {code} {outcome}");
    public Task SubmitRubric(string code, Dictionary<string, int?> scores) =>
        Record($"{nameof(SubmitRubric)} {code} {string.Join(' ', scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value?.ToString() ?? "na"}"))}");
    public Task CloseScoring(string code) => Record($"{nameof(CloseScoring)} {code}");
    public Task SubmitReflection(string code, string text) => Record($"{nameof(SubmitReflection)} {code} {text}");

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently) =>
        Record($"{nameof(SubmitReflectionParts)} {code} {whatWorked} | {doDifferently}");

    public Task SubmitSupport(string code, string text) => Record($"{nameof(SubmitSupport)} {code} {text}");
    public Task<byte[]> GetArchive(string code, int drillNumber) => Record($"{nameof(GetArchive)} {code} {drillNumber}", () => Task.FromResult(Archive));
    public Task RemoveMember(string code, string player) => Record($"{nameof(RemoveMember)} {code} {player}");
    public Task UnbanMember(string code, string player) => Record($"{nameof(UnbanMember)} {code} {player}");
    public Task MuteMember(string code, string player) => Record($"{nameof(MuteMember)} {code} {player}");
    public Task UnmuteMember(string code, string player) => Record($"{nameof(UnmuteMember)} {code} {player}");
    public Task PauseCall(string code) => Record($"{nameof(PauseCall)} {code}");
    public Task ResumeCall(string code) => Record($"{nameof(ResumeCall)} {code}");
    public Task EndCallEarly(string code) => Record($"{nameof(EndCallEarly)} {code}");
    public Task RateFidelity(string code, int score) => Record($"{nameof(RateFidelity)} {code} {score}");
    public Task<ResyncResult> Resync(string code, long afterSeq) => Record($"{nameof(Resync)} {code} {afterSeq}", () => OnResync(code, afterSeq));
    public Task<RoomSnapshot> GetRoom(string code) => Record($"{nameof(GetRoom)} {code}", () => Task.FromResult(SampleRoom.Lobby()));
    public Task<IReadOnlyList<HistoryEntry>> GetHistory() => Record(nameof(GetHistory), () => Task.FromResult(History));
    public Task<Debrief> GetDebrief(string code, int drillNumber) => Record($"{nameof(GetDebrief)} {code} {drillNumber}", () => Task.FromResult(SampleRoom.Debrief()));
    public Task<IReadOnlyList<PublicBrief>> ListCards() => Record(nameof(ListCards), () => Task.FromResult(Cards));
    public Task<string> CreateWatchLink(string code) =>
        Record($"{nameof(CreateWatchLink)} {code}", () => Task.FromResult($"http://192.168.1.20:5080/watch/{code}?key=k3y"));
    public Task RevokeWatchLink(string code) => Record($"{nameof(RevokeWatchLink)} {code}");

    private Task Record(string call) => Record(call, () => Task.FromResult(0));

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

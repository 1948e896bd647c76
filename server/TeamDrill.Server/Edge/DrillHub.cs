using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Edge;

/// <summary>
/// The only door end users have. It knows who is calling (the token), checks the shape of each call,
/// and passes the authenticated player id to the grains, which decide what is allowed.
/// </summary>
[Authorize(AuthenticationSchemes = TokenAuthenticationHandler.SchemeName)]
public sealed partial class DrillHub(
    IGrainFactory grains,
    ConnectionRegistry registry,
    RoomGrains rooms,
    RoomSubscriptions subscriptions,
    PlayerDirectory players) : Hub<IDrillClient>, IDrillHub
{
    private string PlayerId => Context.UserIdentifier ?? throw new HubException("Not signed in.");

    public async Task<RoomSnapshot> CreateRoom()
    {
        var name = await players.NameOf(PlayerId);
        for (var attempt = 0; ; attempt++)
        {
            var code = RoomCodes.New();
            try
            {
                var snapshot = await Follow(code, () => Room(code).Create(PlayerId, name), s => s.Seq);
                await grains.GetGrain<IPlayerGrain>(PlayerId).RememberRoom(code);
                return snapshot;
            }
            catch (DrillRuleException) when (attempt < 5)
            {
                Connection.Forget(code); // that code is taken: draw another
            }
        }
    }

    public async Task<RoomSnapshot> JoinRoom(string code)
    {
        code = RoomCodes.Normalize(code);
        var name = await players.NameOf(PlayerId);
        var snapshot = await Follow(code, () => Room(code).Join(PlayerId, name), s => s.Seq);
        await grains.GetGrain<IPlayerGrain>(PlayerId).RememberRoom(code);
        return snapshot;
    }

    public async Task LeaveRoom(string code)
    {
        code = RoomCodes.Normalize(code);
        await Room(code).Leave(PlayerId);
        Connection.Forget(code);
    }

    public Task AssignRole(string code, string player, DrillRole role) =>
        Room(RoomCodes.Normalize(code)).AssignRole(PlayerId, player ?? "", role);

    public Task AutoAssignRoles(string code) => Room(RoomCodes.Normalize(code)).AutoAssign(PlayerId);

    public Task StartDrill(string code, string? cardId) => Room(RoomCodes.Normalize(code)).StartDrill(PlayerId, cardId);

    public Task SendMessage(string code, string text)
    {
        // A quick refusal here saves the grain from handling text far past any limit.
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException($"The message is {text?.Length ?? 0} characters long; the limit is {DrillLimits.MaxMessageLength}.");
        }

        return Room(RoomCodes.Normalize(code)).PostMessage(PlayerId, text);
    }

    public Task RemoveMember(string code, string player) => Room(RoomCodes.Normalize(code)).RemoveMember(PlayerId, player ?? "");

    public Task PauseCall(string code) => Room(RoomCodes.Normalize(code)).PauseCall(PlayerId);

    public Task ResumeCall(string code) => Room(RoomCodes.Normalize(code)).ResumeCall(PlayerId);

    public Task EndCallEarly(string code) => Room(RoomCodes.Normalize(code)).EndCallEarly(PlayerId);

    public Task SetAnger(string code, int level) => Room(RoomCodes.Normalize(code)).SetAnger(PlayerId, level);

    public Task TagMessage(string code, int messageNumber, string technique, TagPolarity polarity) =>
        Room(RoomCodes.Normalize(code)).Tag(PlayerId, messageNumber, technique ?? "", polarity);

    public Task EndCall(string code, CallOutcome outcome) => Room(RoomCodes.Normalize(code)).EndCall(PlayerId, outcome);

    // Copied into a plain dictionary: MessagePack's hardened reader builds one with its own key
    // comparer, which Orleans cannot serialize when the silo is another process.
    public Task SubmitRubric(string code, Dictionary<string, int?> scores) =>
        Room(RoomCodes.Normalize(code)).SubmitRubric(
            PlayerId, new Dictionary<string, int?>(scores ?? throw new DrillRuleException("The rubric is empty."), StringComparer.Ordinal));

    public Task CloseScoring(string code) => Room(RoomCodes.Normalize(code)).CloseScoring(PlayerId);

    public Task SubmitReflection(string code, string text)
    {
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The reflection is too long; keep it to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitReflection(PlayerId, text);
    }

    public Task SubmitReflectionParts(string code, string whatWorked, string doDifferently)
    {
        if (whatWorked is null || doDifferently is null || whatWorked.Length + doDifferently.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The reflection is too long; keep each part to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitReflectionParts(PlayerId, whatWorked, doDifferently);
    }

    public Task SubmitSupport(string code, string text)
    {
        if (text is null || text.Length > DrillLimits.MaxMessageLength * 4)
        {
            throw new DrillRuleException("The line of support is too long; keep it to one line.");
        }

        return Room(RoomCodes.Normalize(code)).SubmitSupport(PlayerId, text);
    }

    public Task RateFidelity(string code, int score) => Room(RoomCodes.Normalize(code)).RateFidelity(PlayerId, score);

    public Task<ResyncResult> Resync(string code, long afterSeq)
    {
        code = RoomCodes.Normalize(code);
        return Follow(
            code,
            () => Room(code).Resync(PlayerId, afterSeq),
            r => r.Snapshot?.Seq ?? (r.Events.Count > 0 ? Math.Max(afterSeq, r.Events[^1].Seq) : afterSeq));
    }

    public Task<RoomSnapshot> GetRoom(string code)
    {
        code = RoomCodes.Normalize(code);
        return Follow(code, () => Room(code).GetSnapshot(PlayerId), s => s.Seq);
    }

    public async Task<IReadOnlyList<HistoryEntry>> GetHistory()
    {
        var codes = await grains.GetGrain<IPlayerGrain>(PlayerId).GetRooms();
        var entries = new List<HistoryEntry>();
        foreach (var code in codes)
        {
            entries.AddRange(await Room(code).History(PlayerId));
        }

        return entries.OrderBy(e => e.EndedAt).ToList();
    }

    public Task<Debrief> GetDebrief(string code, int drillNumber) => Room(RoomCodes.Normalize(code)).GetDebrief(PlayerId, drillNumber);

    public Task<byte[]> GetArchive(string code, int drillNumber) => Room(RoomCodes.Normalize(code)).GetArchive(PlayerId, drillNumber);

    public Task<IReadOnlyList<PublicBrief>> ListCards() => grains.GetGrain<TeamDrill.Grains.Content.IContentGrain>(0).Briefs();

    private EdgeConnection Connection =>
        registry.Get(Context.ConnectionId) ?? throw new HubException("This connection is closing; reconnect.");

    private IRoomGrain Room(string code) => rooms.Get(code);

    /// <summary>
    /// Follows a room on this connection around a grain call that returns state up to some sequence
    /// number: events published meanwhile are held, and only newer ones are sent afterwards.
    /// </summary>
    private async Task<T> Follow<T>(string code, Func<Task<T>> call, Func<T, long> seqOf)
    {
        var connection = Connection;
        var wasFollowing = connection.Follows(code);
        await subscriptions.EnsureAsync(code);
        connection.Hold(code);
        try
        {
            var result = await call();
            connection.Resume(code, seqOf(result));
            return result;
        }
        catch
        {
            if (wasFollowing)
            {
                connection.Resume(code, 0);
            }
            else
            {
                connection.Forget(code);
            }

            throw;
        }
    }
}

using TeamDrill.Server.Edge;
using TeamDrill.Shared.Protocol;
using static TeamDrill.Tests.Authorization.MatrixPhases;
using static TeamDrill.Tests.Authorization.MatrixRole;

namespace TeamDrill.Tests.Authorization;

/// <summary>
/// The expected authorization table: one row per public method of the hub (IDrillHub, ILeagueHub, IPlayerHub
/// and the projector's WatchRoom; <see cref="HubMethods.NotInMatrix"/> names the exceptions and why).
///
/// TO ADD A HUB METHOD: add one line below, in the shape of its neighbours:
///     Row(nameof(IDrillHub.Method), c => [c.Code, ...valid arguments...], Writes or Reads, (Role, Phases), ...),
/// listing each role that may call it and in which phases; every role and phase not listed must be refused.
/// "Writes" means an allowed call changes the room (each allowed cell then runs in a fresh room);
/// "Reads" means it does not. <see cref="AuthorizationMatrixTests"/> fails, naming the method, while a
/// hub method has no row.
/// </summary>
public static class AuthorizationTable
{
    private const bool Writes = true;
    private const bool Reads = false;

    private static readonly MatrixRole[] Members = [Host, Customer, Agent, Scorer, Watcher, Muted];
    private static readonly MatrixRole[] Everyone = Enum.GetValues<MatrixRole>();

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        // ---- the room: joining and leaving ----
        Row(nameof(IDrillHub.CreateRoom), _ => [], Reads, All(Everyone, Any)),
        Row(nameof(IDrillHub.JoinRoom), c => [c.Code], Writes, All(Everyone.Except([Removed]), Any)),
        Row(nameof(IDrillHub.LeaveRoom), c => [c.Code], Writes,
            (Host, Any), (Customer, InLobby | InScoring | InDebrief), (Agent, InLobby | InScoring | InDebrief), (Scorer, Any), (Watcher, Any), (Muted, Any)),

        // ---- the host ----
        Row(nameof(IDrillHub.AssignRole), c => [c.Code, c.Id(Watcher), DrillRole.Scorer], Writes, (Host, BetweenDrills)),
        Row(nameof(IDrillHub.AutoAssignRoles), c => [c.Code], Writes, (Host, BetweenDrills)),
        Row(nameof(IDrillHub.StartDrill), c => [c.Code, null], Writes, (Host, BetweenDrills)),
        Row(nameof(IDrillHub.RemoveMember), c => [c.Code, c.Id(Watcher)], Writes, (Host, Any)),
        Row(nameof(IDrillHub.UnbanMember), c => [c.Code, c.Id(Removed)], Writes, (Host, Any)),
        Row(nameof(IDrillHub.MuteMember), c => [c.Code, c.Id(Watcher)], Writes, (Host, Any)),
        Row(nameof(IDrillHub.UnmuteMember), c => [c.Code, c.Id(Muted)], Writes, (Host, Any)),
        Row(nameof(IDrillHub.PauseCall), c => [c.Code], Writes, (Host, InCall)),
        Row(nameof(IDrillHub.ResumeCall), c => [c.Code], Writes, (Host, InPause)),
        Row(nameof(IDrillHub.EndCallEarly), c => [c.Code], Writes, (Host, DuringCall)),
        Row(nameof(IDrillHub.CloseScoring), c => [c.Code], Writes, (Host, InScoring)),
        Row(nameof(IDrillHub.CreateWatchLink), c => [c.Code], Writes, (Host, Any)),
        Row(nameof(IDrillHub.RevokeWatchLink), c => [c.Code], Writes, (Host, Any)),

        // ---- projector links only: a player's connection is refused ----
        Row(nameof(DrillHub.WatchRoom), c => [c.Code], Reads),

        // ---- the call ----
        Row(nameof(IDrillHub.SendMessage), c => [c.Code, "Hello, can you hear me?"], Writes, (Customer, InCall), (Agent, InCall)),
        Row(nameof(IDrillHub.SetAnger), c => [c.Code, 9], Writes, (Customer, InCall)),
        Row(nameof(IDrillHub.EndCall), c => [c.Code, CallOutcome.Resolved], Writes, (Customer, DuringCall)),
        Row(nameof(IDrillHub.TagMessage), c => [c.Code, 1, "empathy", TagPolarity.Plus], Writes, (Scorer, DuringCall | InScoring)),

        // ---- scoring ----
        Row(nameof(IDrillHub.SubmitRubric), c => [c.Code, c.Sheet()], Writes, (Scorer, InScoring)),
        Row(nameof(IDrillHub.RateFidelity), c => [c.Code, 4], Writes, (Scorer, InScoring)),
        Row(nameof(IDrillHub.SubmitSupport), c => [c.Code, "You named the date."], Writes, (Scorer, InScoring)),
        Row(nameof(IDrillHub.SubmitReflection), c => [c.Code, "I asked too late."], Writes, (Agent, InScoring)),
        Row(nameof(IDrillHub.SubmitReflectionParts), c => [c.Code, "Named the date", "Ask sooner"], Writes, (Agent, InScoring)),

        // ---- reads: members only; the removed read nothing of a drill after their removal ----
        Row(nameof(IDrillHub.Resync), c => [c.Code, 0L], Reads, All(Members, Any)),
        Row(nameof(IDrillHub.GetRoom), c => [c.Code], Reads, All(Members, Any)),
        Row(nameof(IDrillHub.GetDebrief), c => [c.Code, 1], Reads, All(Members, InDebrief)),
        Row(nameof(IDrillHub.GetArchive), c => [c.Code, 1], Reads, All(Members, InDebrief)),
        Row(nameof(IDrillHub.GetHistory), _ => [], Reads, All(Everyone, Any)),
        Row(nameof(IDrillHub.ListCards), _ => [], Reads, All(Everyone, Any)),

        // ---- leagues: every role here is outside the league (another player facilitates it) ----
        Row(nameof(ILeagueHub.ClaimFacilitator), _ => ["not the key"], Reads),
        Row(nameof(ILeagueHub.CreateLeague), _ => ["Matrix league"], Reads),
        Row(nameof(ILeagueHub.JoinLeague), async c => [await c.NewLeague()], Reads, All(Everyone, Any)),
        Row(nameof(ILeagueHub.GetLeague), c => [c.LeagueCode], Reads),
        Row(nameof(ILeagueHub.SetPresence), c => [c.LeagueCode, c.Id(Host), "present"], Reads),
        Row(nameof(ILeagueHub.SetGroup), c => [c.LeagueCode, c.Id(Host), "Blue"], Reads),
        Row(nameof(ILeagueHub.StartSeason), c => [c.LeagueCode, 4], Reads),
        Row(nameof(ILeagueHub.StartRound), c => [c.LeagueCode], Reads),
        Row(nameof(ILeagueHub.PreviewRounds), c => [c.LeagueCode, 1], Reads),
        Row(nameof(ILeagueHub.GetRound), c => [c.LeagueCode, 0], Reads),
        Row(nameof(ILeagueHub.CloseRound), c => [c.LeagueCode], Reads),
        Row(nameof(ILeagueHub.GetStandings), c => [c.LeagueCode], Reads),
        Row(nameof(ILeagueHub.ExportLeague), c => [c.LeagueCode, "standings", "csv"], Reads),
        Row(nameof(ILeagueHub.MyAssignments), c => [c.LeagueCode], Reads),

        // ---- one person's data: facilitators only, and no role here is one ----
        Row(nameof(IPlayerHub.SignOutPlayer), c => [c.Id(Scorer)], Reads),
        Row(nameof(IPlayerHub.ExportPlayer), c => [c.Id(Scorer)], Reads),
        Row(nameof(IPlayerHub.ErasePlayer), c => [c.Id(Scorer)], Reads),
    ];

    private static MatrixRow Row(string method, Func<MatrixContext, object?[]> args, bool writes, params (MatrixRole Role, MatrixPhases Phases)[] allowed) =>
        Row(method, c => Task.FromResult(args(c)), writes, allowed);

    private static MatrixRow Row(
        string method, Func<MatrixContext, Task<object?[]>> args, bool writes, params (MatrixRole Role, MatrixPhases Phases)[] allowed) =>
        new(method, args, writes, allowed.ToDictionary(a => a.Role, a => a.Phases));

    private static (MatrixRole, MatrixPhases)[] All(IEnumerable<MatrixRole> roles, MatrixPhases phases) => [.. roles.Select(r => (r, phases))];
}

using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Authorization;

/// <summary>
/// The matrix's players, one per <see cref="MatrixRole"/>, plus a facilitator who owns the leagues, and
/// the way to drive a new room of theirs to any phase with real hub calls.
/// </summary>
public sealed class MatrixPlayers : IAsyncDisposable
{
    private const int ConnectionsEach = 6;
    private readonly Dictionary<MatrixRole, MatrixActor> _actors;
    private readonly MatrixActor _facilitator;
    private readonly string _leagueCode;

    private MatrixPlayers(Dictionary<MatrixRole, MatrixActor> actors, MatrixActor facilitator, string leagueCode)
    {
        _actors = actors;
        _facilitator = facilitator;
        _leagueCode = leagueCode;
    }

    public MatrixActor this[MatrixRole role] => _actors[role];

    public static async Task<MatrixPlayers> SignInAsync(string url)
    {
        var actors = new Dictionary<MatrixRole, MatrixActor>();
        foreach (var role in Enum.GetValues<MatrixRole>())
        {
            actors[role] = await MatrixActor.SignInAsync(url, role.ToString(), ConnectionsEach);
        }

        var facilitator = await MatrixActor.SignInAsync(url, "Facilitator", ConnectionsEach);
        await facilitator.InvokeAsync(nameof(ILeagueHub.ClaimFacilitator), SharedServer.FacilitatorKey);
        var league = await facilitator.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Matrix league");
        await actors[MatrixRole.OtherRoomMember].InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom));
        return new MatrixPlayers(actors, facilitator, league.Code);
    }

    /// <summary>
    /// A new room driven to <paramref name="phase"/>: the host watches, Customer and Agent have those roles,
    /// Scorer and Muted score, Watcher watches; Removed was removed and Muted muted in the lobby; a projector link is open. During the
    /// call the agent's message [1] is in the transcript.
    /// </summary>
    public async Task<MatrixContext> RoomAtAsync(MatrixPhases phase)
    {
        var host = _actors[MatrixRole.Host];
        var code = (await host.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom))).Code;
        foreach (var role in new[] { MatrixRole.Customer, MatrixRole.Agent, MatrixRole.Scorer, MatrixRole.Watcher, MatrixRole.Removed, MatrixRole.Muted })
        {
            await _actors[role].InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);
        }

        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, Id(MatrixRole.Customer), DrillRole.Customer);
        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, Id(MatrixRole.Agent), DrillRole.Agent);
        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, Id(MatrixRole.Watcher), DrillRole.None);
        await host.InvokeAsync(nameof(IDrillHub.AssignRole), code, Id(MatrixRole.Host), DrillRole.None);
        await host.InvokeAsync(nameof(IDrillHub.RemoveMember), code, Id(MatrixRole.Removed));
        await host.InvokeAsync(nameof(IDrillHub.MuteMember), code, Id(MatrixRole.Muted));
        await host.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), code); // so that revoking it can be allowed
        if (phase != MatrixPhases.InLobby)
        {
            await host.InvokeAsync(nameof(IDrillHub.StartDrill), code, null);
            await _actors[MatrixRole.Agent].InvokeAsync(nameof(IDrillHub.SendMessage), code, "Good morning, how can I help?");
        }

        if (phase == MatrixPhases.InPause)
        {
            await host.InvokeAsync(nameof(IDrillHub.PauseCall), code);
        }

        if (phase is MatrixPhases.InScoring or MatrixPhases.InDebrief)
        {
            await _actors[MatrixRole.Customer].InvokeAsync(nameof(IDrillHub.EndCall), code, CallOutcome.Resolved);
        }

        if (phase == MatrixPhases.InDebrief)
        {
            await host.InvokeAsync(nameof(IDrillHub.CloseScoring), code);
        }

        var snapshot = await host.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);
        return new MatrixContext(
            code, _actors.ToDictionary(a => a.Key, a => a.Value.Id), [.. snapshot.Rubric.Select(c => c.Id)], _leagueCode, NewLeagueAsync);
    }

    /// <summary>The room's last event number, as its host reads it.</summary>
    public async Task<long> SeqOf(string code) => (await _actors[MatrixRole.Host].InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code)).Seq;

    public async ValueTask DisposeAsync()
    {
        foreach (var actor in _actors.Values.Append(_facilitator))
        {
            await actor.DisposeAsync();
        }
    }

    private string Id(MatrixRole role) => _actors[role].Id;

    private async Task<string> NewLeagueAsync() => (await _facilitator.InvokeAsync<LeagueView>(nameof(ILeagueHub.CreateLeague), "Open league")).Code;
}

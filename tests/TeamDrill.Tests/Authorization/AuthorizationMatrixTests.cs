using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Authorization;

/// <summary>
/// Every role × every hub method × every phase over real SignalR connections to the real server, against
/// the expected table in <see cref="AuthorizationTable"/> (add a row there for a new hub method).
/// Per phase one room takes every refused call and every allowed read, and must end where it started;
/// each allowed write gets a fresh room driven to that phase, and must succeed there.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AuthorizationMatrixTests
{
    private static readonly MatrixPhases[] Phases =
        [MatrixPhases.InLobby, MatrixPhases.InCall, MatrixPhases.InPause, MatrixPhases.InScoring, MatrixPhases.InDebrief];

    [Fact]
    public void every_hub_method_has_exactly_one_row()
    {
        var methods = HubMethods.All.Select(m => m.Name).ToList();
        var rows = AuthorizationTable.Rows.Select(r => r.Method).ToList();

        Assert.Empty(methods.Except(rows).Select(m => $"{m} has no row in AuthorizationTable"));
        Assert.Empty(rows.Except(methods).Select(m => $"{m} is a row but not a hub method"));
        Assert.Empty(rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{g.Key} has {g.Count()} rows"));
    }

    [Fact]
    public async Task every_role_in_every_phase_is_allowed_exactly_what_the_table_says()
    {
        // Its own server: the matrix's strangers and removed players make thousands of refused calls on room
        // codes, which the shared server's wrong-code limit would rightly end in a lockout.
        using var data = new TempFolder();
        await using var server = await InProcessServer.StartAsync(
            data.Path, "--facilitator-key", SharedServer.FacilitatorKey,
            "--wrong-codes-before-backoff", "1000", "--wrong-codes-before-lockout", "10000");
        await using var players = await MatrixPlayers.SignInAsync(server.Url);
        var wrong = new List<string>();
        foreach (var phase in Phases)
        {
            var room = await players.RoomAtAsync(phase);
            var seq = await players.SeqOf(room.Code);
            foreach (var row in AuthorizationTable.Rows)
            {
                foreach (var role in Enum.GetValues<MatrixRole>().Where(r => !(row.Writes && row.IsAllowed(r, phase))))
                {
                    await Check(players, room, row, role, phase, wrong);
                }
            }

            // Every refusal and every read left the room as it was.
            Assert.Equal(seq, await players.SeqOf(room.Code));

            foreach (var row in AuthorizationTable.Rows.Where(r => r.Writes))
            {
                foreach (var role in Enum.GetValues<MatrixRole>().Where(r => row.IsAllowed(r, phase)))
                {
                    await Check(players, await players.RoomAtAsync(phase), row, role, phase, wrong);
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} cells differ from the table:\n" + string.Join('\n', wrong));
    }

    private static async Task Check(
        MatrixPlayers players, MatrixContext room, MatrixRow row, MatrixRole role, MatrixPhases phase, List<string> wrong)
    {
        var expected = row.IsAllowed(role, phase);
        var args = await row.Args(room);
        try
        {
            await players[role].InvokeAsync(row.Method, HubMethods.ResultType(row.Method), args);
            if (!expected)
            {
                wrong.Add($"{row.Method} by {role} in {phase}: allowed, the table says refused");
            }
        }
        catch (HubException ex)
        {
            if (expected)
            {
                wrong.Add($"{row.Method} by {role} in {phase}: refused ({ex.Message}), the table says allowed");
            }
            else if (ex.Message.Contains("could not do that", StringComparison.Ordinal))
            {
                wrong.Add($"{row.Method} by {role} in {phase}: a server fault, not a refusal ({ex.Message})");
            }
        }
    }
}

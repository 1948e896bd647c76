using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>A data folder written before rooms were journaled keeps working: each room converts the first time it is used.</summary>
[Collection(ServerCollection.Name)]
public sealed class DataFromMainTests
{
    private const string Ana = "By4oYP1rE2Z4x00e8fUk2MX8ZkE_oIk_jJVV8sT8TNk";
    private const string Cy = "ii47osPbiDFpSLzAaBGhYRaBeGa_XDhphQGNcN-KMdA";
    private const string Eve = "3lm1Q5C_13iuT8nMahgaYsAppsO1w7LY3AMmxqiGsyw";

    [Fact]
    public async Task rooms_stored_by_main_before_the_journal_play_on_after_an_upgrade()
    {
        using var data = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.DataFromMainBeforeJournal, "*.db"))
        {
            File.Copy(file, Path.Combine(data.Path, Path.GetFileName(file)));
        }

        await using (var server = await InProcessServer.StartAsync(data.Path))
        {
            await using var ana = await TestPlayer.SignInAsync(server.Url, "Ana", Ana);
            await using var cy = await TestPlayer.SignInAsync(server.Url, "Cy", Cy);
            var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K9YN3R");

            // Drill 2's call ran out while the room was stored (its ten minutes are long gone): it ends
            // timed out as the room comes back, with its transcript as it was.
            Assert.Equal((DrillPhase.Scoring, 2, CallOutcome.TimedOut), (room.Phase, room.DrillNumber, room.Outcome));
            Assert.Equal(["Second call, still open.", "I am the agent now."], room.Transcript.Select(m => m.Text));
            var history = await ana.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory));
            var first = Assert.Single(history);
            Assert.Equal(("K9YN3R", 1, DrillRole.Customer, CallOutcome.Resolved), (first.RoomCode, first.DrillNumber, first.MyRole, first.Outcome));
            var debrief = await ana.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), "K9YN3R", 1);
            Assert.Equal("I apologised late.", debrief.Reflection);
            Assert.Equal(["empathy"], debrief.Tags.Select(t => t.Technique));
            Assert.NotEmpty(await ana.Hub.InvokeAsync<byte[]>(nameof(IDrillHub.GetArchive), "K9YN3R", 1));

            // Play goes on: the agent reflects, the host closes scoring, drill 2 gets its debrief.
            await cy.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), "K9YN3R");
            await ana.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), "K9YN3R", "Written after the upgrade.", ActionIds.New());
            await ana.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), "K9YN3R", ActionIds.New());
            var published = await cy.WaitFor<DebriefPublished>();
            Assert.Equal((2, "Written after the upgrade."), (published.Debrief.DrillNumber, published.Debrief.Reflection));
            Assert.Equal(room.Seq + 3, published.Seq); // reflection (the agent's echo and everyone's notice), then the debrief

            await using var eve = await TestPlayer.SignInAsync(server.Url, "Eve", Eve);
            var lobby = await eve.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), "CS5582");
            Assert.Equal((DrillPhase.Lobby, "Eve"), (lobby.Phase, Assert.Single(lobby.Members).Name));
        }

        Assert.Equal(0, Count(data.Path, "SELECT count(*) FROM grain_state WHERE grain_type = 'room'"));
        Assert.Equal(2, Count(data.Path, "SELECT count(*) FROM room_head"));
        await using var restarted = await InProcessServer.StartAsync(data.Path);
        await using var again = await TestPlayer.SignInAsync(restarted.Url, "Ana", Ana);
        var after = await again.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory));
        Assert.Equal([(1, CallOutcome.Resolved), (2, CallOutcome.TimedOut)], after.Select(h => (h.DrillNumber, h.Outcome)));
        var second = await again.Hub.InvokeAsync<Debrief>(nameof(IDrillHub.GetDebrief), "K9YN3R", 2);
        Assert.Equal(["Second call, still open.", "I am the agent now."], second.Transcript.Select(m => m.Text));
    }

    private static long Count(string dataDirectory, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "teamdrill.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

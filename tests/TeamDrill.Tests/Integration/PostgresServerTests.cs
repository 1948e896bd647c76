using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>The scale-out storage: the same server on a real PostgreSQL instead of SQLite.</summary>
[Collection(PostgresInstance.CollectionName)]
public sealed class PostgresServerTests(PostgresInstance postgres)
{
    [Fact]
    public async Task a_server_on_postgresql_keeps_a_finished_drill_across_a_restart()
    {
        var database = await postgres.CreateDatabaseAsync("server");
        using var unused = new TempFolder();
        string code;
        SignInResponse agent;
        await using (var server = await InProcessServer.StartAsync(unused.Path, "--storage", "postgres", "--postgres", database))
        {
            await using var drill = await DrillScript.SetUpAsync(server.Url);
            code = drill.Code;
            agent = drill.Agent.Identity;
            await drill.Start();
            await drill.Say(drill.Customer, "Stored where?");
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.HungUp, ActionIds.New());
            await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.Code, ActionIds.New());
            await drill.Agent.WaitFor<DebriefPublished>();
        }

        Assert.False(File.Exists(Path.Combine(unused.Path, "teamdrill.db")));
        await using var restarted = await InProcessServer.StartAsync(unused.Path, "--storage", "postgres", "--postgres", database);
        await using var again = await TestPlayer.SignInAsync(restarted.Url, "Ben", agent.Token);
        var history = await again.Hub.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(IDrillHub.GetHistory));

        var entry = Assert.Single(history);
        Assert.Equal((code, DrillRole.Agent, CallOutcome.HungUp), (entry.RoomCode, entry.MyRole, entry.Outcome));
    }
}

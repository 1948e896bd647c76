using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Backups;

/// <summary><c>teamdrill-server backup</c> while two players type, then <c>restore</c> into a fresh data folder.</summary>
[Collection(ServerCollection.Name)]
public sealed class LiveBackupTests
{
    [Fact]
    public async Task a_backup_taken_while_players_type_restores_every_message_acknowledged_before_it()
    {
        using var work = new TempFolder();
        var live = Path.Combine(work.Path, "live");
        var acknowledged = new List<string>();
        string code;
        string token;
        int before;
        await using (var server = await ServerProcess.StartAsync(live, "--calls-per-second", "1000"))
        {
            await using var drill = await DrillScript.SetUpAsync(server.Url);
            code = drill.Code;
            token = drill.Customer.Identity.Token;
            await drill.Start();
            using var stop = new CancellationTokenSource();
            var senders = new[] { drill.Customer, drill.Agent }.Select(who => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var text = $"{who.Name}-{i}";
                    await drill.Say(who, text);
                    lock (acknowledged)
                    {
                        acknowledged.Add(text);
                    }
                }
            })).ToList();

            await Poll.UntilAsync(() => Count(acknowledged) >= 40, TimeSpan.FromSeconds(30), "40 messages acknowledged");
            before = Count(acknowledged);
            var backup = await ServerCommand.RunAsync(work.Path, "backup", "--data", live, "--to", "during-play.db");
            var during = Count(acknowledged) - before;
            await stop.CancelAsync();
            await Task.WhenAll(senders);

            Assert.True(backup.ExitCode == 0, backup.Error);
            Assert.StartsWith("Backed up 1 room and 0 finished drills, storage schema 1 to ", backup.Output, StringComparison.Ordinal);
            Assert.True(during > 0, "the players kept typing while the backup ran");
        }

        var fresh = Path.Combine(work.Path, "fresh");
        var restore = await ServerCommand.RunAsync(work.Path, "restore", "--data", fresh, "--from", "during-play.db");
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.StartsWith("Restored 1 room and 0 finished drills, storage schema 1 from during-play.db into ", restore.Output, StringComparison.Ordinal);

        await using var restored = await ServerProcess.StartAsync(fresh);
        await using var ana = await TestPlayer.SignInAsync(restored.Url, "Ana", token);
        var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), code);
        var kept = room.Transcript.Select(m => m.Text).ToList();
        List<string> sent;
        lock (acknowledged)
        {
            sent = [.. acknowledged];
        }

        // Everything acknowledged before the backup began is there; of what came after, each player's
        // messages are there up to a cut, with no gaps: the copy is one moment of the room.
        Assert.All(sent.Take(before), text => Assert.Contains(text, kept));
        foreach (var name in new[] { "Ana", "Ben" })
        {
            var theirs = kept.Where(t => t.StartsWith(name + "-", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, theirs.Count).Select(i => $"{name}-{i}"), theirs);
        }
    }

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }
}

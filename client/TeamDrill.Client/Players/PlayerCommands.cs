using System.CommandLine;
using System.Text.Json;
using TeamDrill.Client.Leagues;
using TeamDrill.Client.Session;
using TeamDrill.Client.Text;

namespace TeamDrill.Client.Players;

/// <summary>
/// <c>teamdrill player signout|export|erase PLAYER</c>: a facilitator's commands for one person's sign-ins and
/// data. PLAYER is a display name or a player id. Exit 0 on success, 1 when the server refuses, 2 on bad usage.
/// </summary>
public static class PlayerCommands
{
    public const string Name = "player";

    public static Command Build(ClientConfigStore store)
    {
        var make = new LeagueCommandFactory(store);
        var group = LeagueCommandFactory.Group(Name, "Facilitator commands for one person: end their sign-ins, export or erase their data");
        group.Options.Add(make.Server);
        group.Options.Add(make.Name);
        group.Options.Add(make.Format);

        var signOutPlayer = Player();
        group.Subcommands.Add(make.Leaf("signout", "End every sign-in of a player: their clients must sign in again", async run =>
        {
            var player = run.Value(signOutPlayer);
            var ended = await run.CallAsync(hub => hub.SignOutPlayer(player));
            await run.PrintAsync(new { player, signedOut = ended }, $"{DisplayText.Clean(player)}: {ended} sign-in{(ended == 1 ? "" : "s")} ended\n");
        }, signOutPlayer));

        var exportPlayer = Player();
        var to = new Option<FileInfo?>("--to") { Description = "the JSON file to write (default: print it)" };
        group.Subcommands.Add(make.Leaf("export", "Everything stored about a player, as one JSON file", async run =>
        {
            var json = await run.CallAsync(hub => hub.ExportPlayer(run.Value(exportPlayer)));
            if (run.Parsed.GetValue(to) is not { } file)
            {
                await run.Output.WriteAsync(json + "\n");
                return;
            }

            await WriteAtomicallyAsync(file, json);
            using var document = JsonDocument.Parse(json);
            var drills = document.RootElement.GetProperty("drills").GetArrayLength();
            var leagues = document.RootElement.GetProperty("leagues").GetArrayLength();
            await run.Output.WriteAsync($"wrote {file.FullName}: {drills} drill{(drills == 1 ? "" : "s")}, {leagues} league{(leagues == 1 ? "" : "s")}\n");
        }, exportPlayer, to));

        var erasePlayer = Player();
        var yes = new Option<bool>("--yes") { Description = "confirm: the name cannot be brought back" };
        group.Subcommands.Add(make.Leaf("erase", "Replace a player's name everywhere with a neutral label, end their sign-ins and forget their rooms", async run =>
        {
            var player = run.Value(erasePlayer);
            if (!run.Parsed.GetValue(yes))
            {
                throw new LeagueUsageException($"erasing cannot be undone: add --yes to erase {DisplayText.Clean(player)}");
            }

            var label = await run.CallAsync(hub => hub.ErasePlayer(player));
            await run.PrintAsync(new { player, erasedAs = label }, $"{DisplayText.Clean(player)} is now '{DisplayText.Clean(label)}' everywhere; their sign-ins are ended\n");
        }, erasePlayer, yes));
        return group;
    }

    private static Argument<string> Player() => new("PLAYER") { Description = "a display name, or a player id when several share the name" };

    private static async Task WriteAtomicallyAsync(FileInfo file, string text)
    {
        var temporary = file.FullName + ".tmp";
        await File.WriteAllTextAsync(temporary, text + "\n");
        File.Move(temporary, file.FullName, overwrite: true);
    }
}

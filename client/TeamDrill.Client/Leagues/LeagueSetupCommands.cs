using System.CommandLine;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary><c>league claim</c>, <c>league create</c>, <c>league join</c>: becoming a facilitator and getting a league going.</summary>
public static class LeagueSetupCommands
{
    public static void AddTo(Command league, LeagueCommandFactory make)
    {
        var key = new Argument<string>("KEY") { Description = "the server's facilitator key" };
        league.Subcommands.Add(make.Leaf("claim", "Become a facilitator with the server's facilitator key", async run =>
        {
            await run.CallAsync(hub => hub.ClaimFacilitator(run.Value(key)));
            var name = run.Connection.Identity.Name;
            await run.PrintAsync(new { facilitator = name }, $"{DisplayText.Clean(name)} is now a facilitator\n");
        }, key));

        var leagueName = new Argument<string>("NAME") { Description = "the league's name" };
        var createKey = new Option<string?>("--facilitator-key") { Description = "claim the facilitator key first (once per player)" };
        league.Subcommands.Add(make.Leaf("create", "Create a league and print its join code", async run =>
        {
            if (run.Parsed.GetValue(createKey) is { } facilitatorKey)
            {
                await run.CallAsync(hub => hub.ClaimFacilitator(facilitatorKey));
            }

            var created = await run.CallAsync(hub => hub.CreateLeague(run.Value(leagueName)));
            await run.PrintAsync(created, run.Format == "csv"
                ? LeagueTableText.Render(LeagueTableText.Of("league", ["Code", "Name"], [[created.Code, created.Name]]), "csv")
                : $"league {created.Code} created: {DisplayText.Clean(created.Name)}\nshare the join code {created.Code} with your members\n");
        }, leagueName, createKey));

        var code = LeagueArguments.Code();
        league.Subcommands.Add(make.Leaf("join", "Join a league with its join code", async run =>
        {
            var joined = await run.CallAsync(hub => hub.JoinLeague(run.Value(code)));
            await run.PrintAsync(joined, $"joined league {joined.Code}: {DisplayText.Clean(joined.Name)}\n");
        }, code));
    }
}

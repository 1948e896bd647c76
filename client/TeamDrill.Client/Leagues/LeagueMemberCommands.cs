using System.CommandLine;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Leagues;

/// <summary><c>league show</c>, <c>league members</c>, <c>league group</c>, <c>league presence</c>: who is in the league and how it stands.</summary>
public static class LeagueMemberCommands
{
    public static void AddTo(Command league, LeagueCommandFactory make)
    {
        var showCode = LeagueArguments.Code();
        league.Subcommands.Add(make.Leaf("show", "The league and its latest round, drill by drill (running, waiting, scored)", async run =>
        {
            var shown = await run.CallAsync(hub => hub.GetLeague(run.Value(showCode)));
            var round = shown.Rounds > 0 ? await run.CallAsync(hub => hub.GetRound(shown.Code, 0)) : null;
            var table = round is null ? "" : LeagueTableText.Render(LeagueRoundText.DrillsTable(round), run.Format);
            await run.PrintAsync(
                new { league = shown, round },
                run.Format == "csv" ? table : LeagueRoundText.Summary(shown) + (round is null ? "" : LeagueRoundText.RoundLine(round) + table));
        }, showCode));

        var membersCode = LeagueArguments.Code();
        league.Subcommands.Add(make.Leaf("members", "Who joined, their group, and whether they are present, absent (next round) or away", async run =>
        {
            var shown = await run.CallAsync(hub => hub.GetLeague(run.Value(membersCode)));
            var table = LeagueTableText.Of("members", ["Name", "Member", "Group", "Presence"],
                shown.Members.Select(m => (IReadOnlyList<string>)[m.Name, m.PlayerId, m.Group, LeaguePresenceWords.Describe(m.Presence)]));
            await run.Output.WriteAsync(LeagueTableText.Render(table, run.Format));
        }, membersCode));

        var groupCode = LeagueArguments.Code();
        var groupMember = LeagueArguments.Member();
        var groupName = new Argument<string>("GROUP") { Description = "team or division name (\"\" for none)" };
        league.Subcommands.Add(make.Leaf("group", "Put a member in a team or division", async run =>
        {
            var (member, group) = (run.Value(groupMember), run.Parsed.GetValue(groupName) ?? "");
            await run.CallAsync(hub => hub.SetGroup(run.Value(groupCode), member, group));
            await run.PrintAsync(new { member, group }, $"{DisplayText.Clean(member)} is in group '{DisplayText.Clean(group)}'\n");
        }, groupCode, groupMember, groupName));

        var presenceCode = LeagueArguments.Code();
        var presenceMember = LeagueArguments.Member();
        var presenceState = new Argument<string>("STATE") { Description = LeaguePresenceWords.Allowed };
        presenceState.AcceptOnlyFromAmong([.. LeaguePresenceWords.Words]);
        league.Subcommands.Add(make.Leaf("presence", "Mark a member present, absent for the next round, or away until marked present", async run =>
        {
            var (member, presence) = (run.Value(presenceMember), run.Value(presenceState));
            await run.CallAsync(hub => hub.SetPresence(run.Value(presenceCode), member, presence));
            var said = LeaguePresenceWords.Sentence(LeaguePresenceWords.Parse(presence) ?? LeaguePresence.Present);
            await run.PrintAsync(new { member, presence }, $"{DisplayText.Clean(member)} is {said}\n");
        }, presenceCode, presenceMember, presenceState));
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using TeamDrill.Client.Session;

namespace TeamDrill.Client.Leagues;

/// <summary>
/// <c>teamdrill league claim|create|join|show|members|group|presence|season start|round start|round preview|round show|round close|standings|export|assignments</c>:
/// the facilitator's scriptable commands, part of the one <c>teamdrill</c> command tree.
/// Exit 0 on success, 1 when the server refuses (<c>! reason</c> on stderr), 2 on bad usage.
/// </summary>
public static class LeagueCommands
{
    public const string Name = "league";

    public static Command Build(ClientConfigStore store)
    {
        var make = new LeagueCommandFactory(store);
        var league = LeagueCommandFactory.Group(Name, "Facilitator commands for leagues: create, members, seasons, rounds, standings, exports");
        league.Options.Add(make.Server);
        league.Options.Add(make.Name);
        league.Options.Add(make.Format);
        LeagueSetupCommands.AddTo(league, make);
        LeagueMemberCommands.AddTo(league, make);
        LeagueSeasonCommands.AddTo(league, make);
        LeagueRoundCommands.AddTo(league, make);
        LeagueResultCommands.AddTo(league, make);
        return league;
    }

    /// <summary>True when the parsed line is a league or player command (or one of those groups itself): both report bad usage this way.</summary>
    public static bool Owns(ParseResult parsed) => GroupOf(parsed) is Name or Players.PlayerCommands.Name;

    /// <summary>A league command typed wrong: each problem as <c>! problem</c> on stderr, and exit code 2 (scripts tell it from a refusal).</summary>
    public static async Task<int> ReportBadUsageAsync(ParseResult parsed, TextWriter error)
    {
        foreach (var parseError in parsed.Errors)
        {
            await error.WriteLineAsync($"! {parseError.Message}");
        }

        await error.WriteLineAsync($"! run 'teamdrill {GroupOf(parsed)} --help' for the commands");
        return LeagueCommandFactory.BadUsage;
    }

    private static string? GroupOf(ParseResult parsed)
    {
        var path = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command; result = command.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        return path.Count > 1 ? path[1] : null;
    }
}

using System.CommandLine;
using TeamDrill.Client.Text;

namespace TeamDrill.Client.Leagues;

/// <summary><c>league season start</c>.</summary>
public static class LeagueSeasonCommands
{
    public static void AddTo(Command league, LeagueCommandFactory make)
    {
        var season = LeagueCommandFactory.Group("season", "Seasons");
        var code = LeagueArguments.Code();
        var roomSize = new Option<int>("--room-size") { Description = "people per drill, 3 to 12 (default 4: customer, agent, two scorers)", DefaultValueFactory = _ => 4 };
        season.Subcommands.Add(make.Leaf("start", "Start a new season", async run =>
        {
            var started = await run.CallAsync(hub => hub.StartSeason(run.Value(code), run.Value(roomSize)));
            await run.PrintAsync(started, $"season {started.Season} of {DisplayText.Clean(started.Name)} started, rooms of {started.RoomSize}\n");
        }, code, roomSize));
        league.Subcommands.Add(season);
    }
}

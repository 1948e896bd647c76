using System.CommandLine;

namespace TeamDrill.Client.Leagues;

/// <summary>Arguments several league commands take; each command gets its own instance, as System.CommandLine needs.</summary>
public static class LeagueArguments
{
    public static Argument<string> Code() => new("CODE") { Description = "the league code (also its join code)" };

    public static Argument<string> Member() => new("MEMBER") { Description = "a member's name or id" };
}

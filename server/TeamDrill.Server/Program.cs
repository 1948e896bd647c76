using TeamDrill.Server.Hosting;

// Flags, appsettings.json and TEAMDRILL__ variables, checked once; then the silo, the edge or both.
var app = TeamDrillServer.TryBuild(args, Console.Out, Console.Error, out var exitCode);
if (app is null)
{
    return exitCode;
}

return await app.RunTeamDrillAsync(Console.Error);

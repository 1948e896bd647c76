using TeamDrill.Server.Backups;
using TeamDrill.Server.Hosting;

// backup and restore work on the stored data and exit; anything else starts the server.
if (DataCommand.IsNamedIn(args))
{
    return DataCommands.Run(args, Console.Out, Console.Error);
}

// Flags, appsettings.json and TEAMDRILL__ variables, checked once; then the silo, the edge or both.
var app = TeamDrillServer.TryBuild(args, Console.Out, Console.Error, out var exitCode);
if (app is null)
{
    return exitCode;
}

return await app.RunTeamDrillAsync(Console.Error);

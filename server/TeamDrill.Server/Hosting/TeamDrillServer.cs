using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Backups;
using TeamDrill.Server.Hosting.Health;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Hosting;

/// <summary>Builds the server for its role from settings and flags; used by Program and by the tests.</summary>
public static partial class TeamDrillServer
{
    /// <summary>Runs a built server until it is stopped; the exit code for the process.</summary>
    public static async Task<int> RunTeamDrillAsync(this WebApplication app, TextWriter error)
    {
        try
        {
            await app.StartAsync();
            Announce(app);
            await app.WaitForShutdownAsync();
            LogStopped(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamDrill"));
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            // Our settings were checked before the build; this is a framework or storage option.
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync(failure);
            }

            return 1;
        }
        catch (Exception ex) when (Find<Grains.Journal.NewerSchemaException>(ex) is { } newer)
        {
            // The sentence, not a stack trace: the operator's next step is in it.
            await error.WriteLineAsync(newer.Message);
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static T? Find<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses flags, reads and checks the settings once, loads content; null (with an exit code) when it
    /// cannot start, and then nothing has been created on disk.
    /// <paramref name="extraServices"/> runs last, for a host that embeds the server (tests add fault injectors there).
    /// </summary>
    public static WebApplication? TryBuild(
        string[] args, TextWriter output, TextWriter error, out int exitCode, Action<IServiceCollection>? extraServices = null)
    {
        if (ServerCommandLine.TryParse(args, output, error, out var flags) is int code)
        {
            exitCode = code;
            return null;
        }

        exitCode = 1;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var settings = builder.ReadTeamDrillSettings(flags, out var problems);
        if (settings is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            return null;
        }

        var role = settings.Clustering;
        if (role.IsSilo && !builder.TryAddTeamDrillContent(settings.Content, error))
        {
            return null;
        }

        if (!builder.TryAddBlockedWords(settings.Content, error))
        {
            return null;
        }

        DataFolderLock? dataLock = null;
        if (role.IsSilo && settings.Storage.Dialect == Grains.Storage.StorageDialect.Sqlite)
        {
            var folder = Path.GetFullPath(settings.Storage.DataDirectory);
            dataLock = DataFolderLock.TryHoldForServer(folder);
            if (dataLock is null)
            {
                error.WriteLine($"A restore is running on {folder}; start the server when it has finished.");
                return null;
            }

            // Owned by the container, which lets go of the lock when the server is disposed.
            builder.Services.AddSingleton(_ => dataLock);
        }

        builder.Services.AddTeamDrillSettings(settings);
        builder.Services.AddTeamDrillHealth(role);
        builder.AddTeamDrillOperations(settings.Operations);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.WebHost.UseUrls(settings.Edge.Listen);
        if (role.IsSilo)
        {
            builder.AddTeamDrillSilo(settings);
        }
        else
        {
            builder.AddTeamDrillClusterClient(settings);
        }

        if (role.IsEdge)
        {
            builder.AddTeamDrillEdge(settings.Edge);
        }

        extraServices?.Invoke(builder.Services);
        var app = builder.Build();
        _ = dataLock is null ? null : app.Services.GetRequiredService<DataFolderLock>();
        app.MapTeamDrillHealth(role.Role);
        app.MapTeamDrillOperations(settings.Operations);
        if (role.IsEdge)
        {
            app.MapTeamDrillEdge();
        }

        exitCode = 0;
        return app;
    }

    /// <summary>The addresses Kestrel actually bound (the port may have been 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    private static void Announce(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ServerSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamDrill");
        var content = app.Services.GetService<LoadedContent>();
        LogListening(
            logger,
            ProtocolVersion.AppVersion,
            DeclaredSetting.Format(settings.Clustering.Role),
            string.Join(", ", Addresses(app)),
            settings.Storage.Describe(),
            content?.CardCount ?? 0,
            content is null ? "-" : string.Join(", ", content.Folders));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "TeamDrill {Version} ({Role}) listening on {Addresses}; data in {DataDirectory}; {CardCount} cards loaded from {ContentFolders}")]
    private static partial void LogListening(ILogger logger, string version, string role, string addresses, string dataDirectory, int cardCount, string contentFolders);

    [LoggerMessage(Level = LogLevel.Information, Message = "TeamDrill stopped; every acknowledged action is on disk")]
    private static partial void LogStopped(ILogger logger);
}

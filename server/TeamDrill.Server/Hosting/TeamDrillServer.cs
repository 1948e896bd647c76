using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Content;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Server.Hosting;

/// <summary>Builds the server for its role from settings and flags; used by Program and by the tests.</summary>
public static partial class TeamDrillServer
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var app = TryBuild(args, output, error, out var exitCode);
        if (app is null)
        {
            return exitCode;
        }

        try
        {
            await app.StartAsync();
            Announce(app);
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync(failure);
            }

            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Parses flags, binds and validates settings, loads content; null (with an exit code) when it cannot start.
    /// <paramref name="extraServices"/> runs last, for a host that embeds the server (tests add fault injectors there).
    /// </summary>
    public static WebApplication? TryBuild(
        string[] args, TextWriter output, TextWriter error, out int exitCode, Action<IServiceCollection>? extraServices = null)
    {
        var parsed = ServerCommandLine.TryParse(args, output, error, out var overrides);
        if (parsed is int code)
        {
            exitCode = code;
            return null;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(overrides);
        var options = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        var problems = ServerOptionsValidator.Problems(options).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            exitCode = 1;
            return null;
        }

        builder.Services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        builder.Services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);

        if (options.IsSilo)
        {
            var folders = ContentFolders(options);
            var loaded = ContentLoader.LoadFolders(folders);
            if (!loaded.IsValid)
            {
                error.WriteLine($"The content is invalid ({loaded.Problems.Count} problems); the server will not start:");
                foreach (var problem in loaded.Problems)
                {
                    error.WriteLine(problem.ToString());
                }

                exitCode = 1;
                return null;
            }

            builder.Services.AddSingleton(new LoadedContent(folders, loaded.Content!.Cards.Count));
            builder.AddTeamDrillSilo(options, new ContentCatalog(loaded.Content!));
        }
        else
        {
            builder.AddTeamDrillClusterClient(options);
        }

        if (options.IsEdge)
        {
            builder.AddTeamDrillEdge(options);
        }
        else
        {
            builder.WebHost.UseUrls(options.Listen);
        }

        extraServices?.Invoke(builder.Services);
        var app = builder.Build();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        app.MapGet(EdgeRoutes.Health, () => lifetime.ApplicationStarted.IsCancellationRequested
            ? Results.Text($"ok {options.Role}")
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        if (options.IsEdge)
        {
            app.MapTeamDrillEdge();
        }

        exitCode = 0;
        return app;
    }

    /// <summary>The addresses Kestrel actually bound (the port may have been 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    private static IReadOnlyList<string> ContentFolders(ServerOptions options)
    {
        if (options.ContentFolders.Count > 0)
        {
            return options.ContentFolders.Select(Path.GetFullPath).ToList();
        }

        var shipped = ContentLoader.FindShippedContent(Directory.GetCurrentDirectory())
            ?? ContentLoader.FindShippedContent(AppContext.BaseDirectory)
            ?? Path.GetFullPath("content");
        return [shipped];
    }

    private static void Announce(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamDrill");
        var content = app.Services.GetService<LoadedContent>();
        LogListening(
            logger,
            options.Role,
            string.Join(", ", Addresses(app)),
            options.Storage == "sqlite" ? Path.GetFullPath(options.DataDirectory) : "PostgreSQL",
            content?.CardCount ?? 0,
            content is null ? "-" : string.Join(", ", content.Folders));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "TeamDrill ({Role}) listening on {Addresses}; data in {DataDirectory}; {CardCount} cards loaded from {ContentFolders}")]
    private static partial void LogListening(ILogger logger, string role, string addresses, string dataDirectory, int cardCount, string contentFolders);
}

/// <summary>What content the silo started with, for the start-up line.</summary>
public sealed record LoadedContent(IReadOnlyList<string> Folders, int CardCount);

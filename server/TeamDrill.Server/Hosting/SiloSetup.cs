using Orleans.Configuration;
using TeamDrill.Grains;
using TeamDrill.Grains.Content;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Rooms;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Server.Hosting;

public static class SiloSetup
{
    /// <summary>The Orleans silo: localhost clustering on loopback, our relational storage, the loaded content.</summary>
    public static WebApplicationBuilder AddTeamDrillSilo(this WebApplicationBuilder builder, ServerOptions options, ContentCatalog content)
    {
        builder.Services.AddSingleton<IContentCatalog>(content);
        builder.Services.AddSingleton<RoomMetrics>();
        builder.Services.AddSingleton(sp => new TeamDrill.Grains.Archives.DrillArchiveStore(
            Path.Combine(Path.GetFullPath(options.DataDirectory), "archives"),
            sp.GetRequiredService<ILogger<TeamDrill.Grains.Archives.DrillArchiveStore>>()));
        builder.Services.Configure<RoomJournalOptions>(builder.Configuration.GetSection($"{ServerOptions.Section}:Journal"));
        builder.Services.Configure<RoomOptions>(o =>
        {
            o.CallTimeLimit = options.CallTimeLimit;
            o.ScoringTimeLimit = options.ScoringTimeLimit;
            o.MaxMembers = options.MaxRoomMembers;
        });
        builder.Services.Configure<TeamDrill.Grains.Leagues.LeagueOptions>(o => o.FacilitatorKey = options.FacilitatorKey);
        builder.UseOrleans(silo =>
        {
            if (options.RedisConnectionString.Length > 0)
            {
                silo.UseRedisClustering(r => r.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(options.RedisConnectionString));
                silo.ConfigureEndpoints(System.Net.IPAddress.Parse(options.SiloAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            }

            silo.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = options.ClusterId;
                c.ServiceId = options.ServiceId;
            });
            var (dialect, connectionString) = options.Storage == "postgres"
                ? (StorageDialect.Postgres, options.PostgresConnectionString)
                : (StorageDialect.Sqlite, RelationalStorageExtensions.SqliteConnectionString(options.DataDirectory));
            silo.AddRelationalGrainStorage(GrainStorageNames.Default, o =>
            {
                o.Dialect = dialect;
                o.ConnectionString = connectionString;
            });
            silo.AddRoomJournal(dialect, connectionString);
        });
        return builder;
    }

    /// <summary>An edge without a silo reaches the cluster through the gateway as an Orleans client.</summary>
    public static WebApplicationBuilder AddTeamDrillClusterClient(this WebApplicationBuilder builder, ServerOptions options)
    {
        builder.Services.Configure<RoomOptions>(_ => { });
        builder.UseOrleansClient(client =>
        {
            if (options.RedisConnectionString.Length > 0)
            {
                client.UseRedisClustering(r => r.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(options.RedisConnectionString));
                client.Configure<ClusterOptions>(c =>
                {
                    c.ClusterId = options.ClusterId;
                    c.ServiceId = options.ServiceId;
                });
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            }
        });
        return builder;
    }
}

using Orleans.Configuration;
using Orleans.Dashboard;
using TeamDrill.Grains;
using TeamDrill.Grains.Archives;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Rooms;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Server.Hosting;

public static class SiloSetup
{
    /// <summary>The Orleans silo: its clustering, our relational storage and the room journal.</summary>
    public static WebApplicationBuilder AddTeamDrillSilo(this WebApplicationBuilder builder, ServerSettings settings)
    {
        var cluster = settings.Clustering;
        var storage = settings.Storage;
        builder.Services.AddSingleton<RoomMetrics>();
        builder.Services.AddSingleton(sp => new DrillArchiveStore(
            Path.Combine(Path.GetFullPath(storage.DataDirectory), "archives"),
            sp.GetRequiredService<ILogger<DrillArchiveStore>>()));
        builder.UseOrleans(silo =>
        {
            if (cluster.UsesRedis)
            {
                silo.UseRedisClustering(r => r.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(cluster.RedisConnectionString));
                silo.ConfigureEndpoints(System.Net.IPAddress.Parse(cluster.SiloAddress), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
            }

            silo.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = cluster.ClusterId;
                c.ServiceId = cluster.ServiceId;
            });
            var connectionString = storage.ConnectionString();
            silo.AddRelationalGrainStorage(GrainStorageNames.Default, o =>
            {
                o.Dialect = storage.Dialect;
                o.ConnectionString = connectionString;
            });
            silo.AddRoomJournal(storage.Dialect, connectionString);
            if (settings.Operations.Dashboard)
            {
                silo.AddDashboard();
            }
        });
        return builder;
    }

    /// <summary>An edge without a silo reaches the cluster through the gateway as an Orleans client.</summary>
    public static WebApplicationBuilder AddTeamDrillClusterClient(this WebApplicationBuilder builder, ServerSettings settings)
    {
        var cluster = settings.Clustering;
        builder.UseOrleansClient(client =>
        {
            if (cluster.UsesRedis)
            {
                client.UseRedisClustering(r => r.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(cluster.RedisConnectionString));
                client.Configure<ClusterOptions>(c =>
                {
                    c.ClusterId = cluster.ClusterId;
                    c.ServiceId = cluster.ServiceId;
                });
            }
            else
            {
                client.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
            }
        });
        return builder;
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Storage;
using TeamDrill.Grains.Storage;
using Xunit;

namespace TeamDrill.Tests.Storage;

/// <summary>The silo wiring: <c>AddRelationalGrainStorage</c> as the server calls it.</summary>
public sealed class RelationalStorageRegistrationTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"teamdrill-silo-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void the_named_storage_resolves_to_the_relational_provider()
    {
        using var host = BuildSilo(o =>
        {
            o.Dialect = StorageDialect.Sqlite;
            o.ConnectionString = RelationalStorageExtensions.SqliteConnectionString(_dataDirectory);
        });

        Assert.IsType<RelationalGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("store"));
    }

    [Fact]
    public async Task a_silo_without_a_connection_string_refuses_to_start_and_names_the_setting()
    {
        using var host = BuildSilo(o => o.Dialect = StorageDialect.Postgres);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("'store'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task starting_the_silo_creates_the_data_directory_and_the_table()
    {
        using var host = BuildSilo(o =>
        {
            o.Dialect = StorageDialect.Sqlite;
            o.ConnectionString = RelationalStorageExtensions.SqliteConnectionString(_dataDirectory);
        });

        await host.StartAsync();
        try
        {
            await using var connection = new SqliteConnection(RelationalStorageExtensions.SqliteConnectionString(_dataDirectory));
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grain_state'";
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static IHost BuildSilo(Action<RelationalStorageOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreeTcpPort(), FreeTcpPort())
            .AddRelationalGrainStorage("store", configure));
        return builder.Build();
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;

namespace TeamDrill.Grains.Storage;

/// <summary>Registers the project's relational grain storage on a silo.</summary>
public static class RelationalStorageExtensions
{
    /// <summary>The SQLite file name inside the data directory.</summary>
    public const string SqliteFileName = "teamdrill.db";

    /// <summary>
    /// Registers a <see cref="RelationalGrainStorage"/> named <paramref name="name"/> (grains use
    /// <c>[PersistentState("state", name)]</c>). The options are validated when the host starts and the
    /// schema is created while the silo starts.
    /// </summary>
    public static ISiloBuilder AddRelationalGrainStorage(
        this ISiloBuilder builder, string name, Action<RelationalStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        builder.Services.AddOptions<RelationalStorageOptions>(name)
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"Grain storage '{name}': RelationalStorageOptions.ConnectionString is required.")
            .Validate(o => Enum.IsDefined(o.Dialect),
                $"Grain storage '{name}': RelationalStorageOptions.Dialect must be Sqlite or Postgres.")
            .ValidateOnStart();

        builder.Services.AddGrainStorage(name, (services, storageName) => new RelationalGrainStorage(
            storageName,
            services.GetRequiredService<IOptionsMonitor<RelationalStorageOptions>>().Get(storageName),
            services.GetRequiredService<ILogger<RelationalGrainStorage>>()));
        return builder;
    }

    /// <summary>The connection string of the SQLite file in <paramref name="dataDirectory"/> (created on first use).</summary>
    public static string SqliteConnectionString(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), SqliteFileName),
            Pooling = true,
        }.ToString();
    }
}

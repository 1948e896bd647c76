using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// Registers the room journal on a silo: the database, its group-commit writer and the room store.
/// <see cref="RoomJournalOptions"/> come from the host, which checks them once at start.
/// </summary>
public static partial class RoomJournalExtensions
{
    public static ISiloBuilder AddRoomJournal(this ISiloBuilder builder, StorageDialect dialect, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var services = builder.Services;
        services.AddSingleton<JournalDatabase>(_ => dialect switch
        {
            StorageDialect.Sqlite => new SqliteJournalDatabase(connectionString),
            StorageDialect.Postgres => new PostgresJournalDatabase(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "The room journal runs on SQLite or PostgreSQL."),
        });
        services.AddSingleton<JournalMetrics>();
        services.AddSingleton(sp => new JournalWriter(
            sp.GetRequiredService<JournalDatabase>(),
            sp.GetRequiredService<JournalMetrics>(),
            sp.GetRequiredService<ILogger<JournalWriter>>(),
            sp.GetRequiredService<IOptions<RoomJournalOptions>>().Value.MaxBatch,
            sp.GetRequiredService<IOptions<RoomJournalOptions>>().Value.CommitWindow));
        services.AddSingleton<RoomStore>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, JournalSchema>();
        services.AddHostedService<JournalMaintenance>();
        return builder;
    }

    /// <summary>Creates or upgrades the journal's tables while the silo starts, so a bad database stops the silo with a clear error.</summary>
    private sealed partial class JournalSchema(JournalDatabase database, ILogger<JournalSchema> logger) : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(JournalSchema), ServiceLifecycleStage.ApplicationServices, UpgradeAsync);

        private async Task UpgradeAsync(CancellationToken cancellationToken)
        {
            if (await database.CreateSchemaAsync(cancellationToken).ConfigureAwait(false) is int from)
            {
                var added = string.Join("; ", database.UpgradeSteps.Where(s => s.Version > from).Select(s => $"{s.Version}: {s.What}"));
                LogUpgraded(from, JournalDatabase.SchemaVersion, added);
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Upgraded the storage schema from {From} to {To} ({Steps})")]
        private partial void LogUpgraded(int from, int to, string steps);
    }
}

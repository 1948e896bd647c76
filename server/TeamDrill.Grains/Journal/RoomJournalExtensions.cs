using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Grains.Journal;

/// <summary>Registers the room journal on a silo: the database, its group-commit writer and the room store.</summary>
public static class RoomJournalExtensions
{
    public static ISiloBuilder AddRoomJournal(this ISiloBuilder builder, StorageDialect dialect, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var services = builder.Services;
        services.AddOptions<RoomJournalOptions>()
            .Validate(o => o.KeepEvents is >= 10 and <= 1_000_000, "Journal KeepEvents must be between 10 and 1000000.")
            .Validate(o => o.MinimumSnapshotBytes is >= 1024 and <= 64 * 1024 * 1024, "Journal MinimumSnapshotBytes must be between 1024 and 67108864.")
            .Validate(o => o.MaxBatch is >= 1 and <= 10_000, "Journal MaxBatch must be between 1 and 10000.")
            .Validate(o => o.CommitWindow >= TimeSpan.Zero && o.CommitWindow <= TimeSpan.FromMilliseconds(100), "Journal CommitWindow must be between 0 and 100 ms.")
            .ValidateOnStart();
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

    /// <summary>Creates the journal's tables while the silo starts, so a bad database stops the silo with a clear error.</summary>
    private sealed class JournalSchema(JournalDatabase database) : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(JournalSchema), ServiceLifecycleStage.ApplicationServices, database.CreateSchemaAsync);
    }
}

using Npgsql;

namespace TeamDrill.Server.Backups;

/// <summary>The pg_dump and pg_restore commands for the configured PostgreSQL database, with the password left out.</summary>
public static class PostgresCommands
{
    public static string Dump(string connectionString, string file) =>
        $"pg_dump {Target(connectionString, out var database)} --format=custom --file={Quote(file)} {Quote(database)}";

    public static string Restore(string connectionString, string file) =>
        $"pg_restore {Target(connectionString, out var database)} --clean --if-exists --dbname={Quote(database)} {Quote(file)}";

    private static string Target(string connectionString, out string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        database = builder.Database ?? builder.Username ?? "postgres";
        var parts = new List<string> { $"--host={Quote(builder.Host ?? "localhost")}", $"--port={builder.Port}" };
        if (!string.IsNullOrEmpty(builder.Username))
        {
            parts.Add($"--username={Quote(builder.Username)}");
        }

        return string.Join(' ', parts);
    }

    // Single quotes keep a value with spaces or shell characters as typed.
    private static string Quote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or ',')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

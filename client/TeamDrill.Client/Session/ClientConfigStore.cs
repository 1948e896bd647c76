using System.Text.Json;

namespace TeamDrill.Client.Session;

/// <summary>Reads and writes <see cref="ClientConfig"/> at a path given at construction (tests pass a temp file).</summary>
public sealed class ClientConfigStore(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = path;

    /// <summary>
    /// <c>$XDG_CONFIG_HOME/teamdrill/config.json</c> when that variable holds an absolute path (as the XDG
    /// spec asks), else <c>~/.config/teamdrill/config.json</c>.
    /// </summary>
    public static string DefaultPath(Func<string, string?> getEnvironmentVariable)
    {
        var xdg = getEnvironmentVariable("XDG_CONFIG_HOME");
        var baseDir = !string.IsNullOrWhiteSpace(xdg) && System.IO.Path.IsPathFullyQualified(xdg)
            ? xdg
            : System.IO.Path.Combine(HomeDirectory(getEnvironmentVariable), ".config");
        return System.IO.Path.Combine(baseDir, "teamdrill", "config.json");
    }

    public static ClientConfigStore ForCurrentUser() => new(DefaultPath(Environment.GetEnvironmentVariable));

    /// <summary>The saved config; an empty one when there is no file. An unreadable file is reported and treated as empty.</summary>
    public ClientConfig Load(Action<string>? reportProblem = null)
    {
        if (!File.Exists(Path))
        {
            return new ClientConfig();
        }

        try
        {
            var text = File.ReadAllText(Path);
            return JsonSerializer.Deserialize<ClientConfig>(text, Json) ?? new ClientConfig();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            reportProblem?.Invoke($"ignoring unreadable config file {Path}: {e.Message}");
            return new ClientConfig();
        }
    }

    /// <summary>Writes atomically (temp file, then rename) and, on Unix, readable by the user alone: it holds tokens.</summary>
    public void Save(ClientConfig config)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, $".config.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(config, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, Path, overwrite: true);
    }

    private static string HomeDirectory(Func<string, string?> getEnvironmentVariable)
    {
        var home = getEnvironmentVariable("HOME");
        return string.IsNullOrWhiteSpace(home) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : home;
    }
}

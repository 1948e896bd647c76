namespace TeamDrill.Client.Session;

/// <summary>What the client remembers between runs (the file is <c>config.json</c> in the user's config directory).</summary>
public sealed record ClientConfig
{
    public string? LastServer { get; init; }
    public string? LastName { get; init; }
    public IReadOnlyList<SavedPlayer> Players { get; init; } = [];

    public SavedPlayer? FindPlayer(string server, string name)
    {
        var key = NormalizeServer(server);
        return Players.FirstOrDefault(p => NormalizeServer(p.Server) == key && p.Name == name);
    }

    /// <summary>Remembers <paramref name="player"/> (replacing any token for the same server and name) as the last used.</summary>
    public ClientConfig Remember(SavedPlayer player)
    {
        var key = NormalizeServer(player.Server);
        var normalized = player with { Server = key };
        return this with
        {
            LastServer = key,
            LastName = player.Name,
            Players = [.. Players.Where(p => !(NormalizeServer(p.Server) == key && p.Name == player.Name)), normalized],
        };
    }

    /// <summary>Drops the token saved for <paramref name="server"/> and <paramref name="name"/> (after a sign-out).</summary>
    public ClientConfig Forget(string server, string name)
    {
        var key = NormalizeServer(server);
        return this with { Players = [.. Players.Where(p => !(NormalizeServer(p.Server) == key && p.Name == name))] };
    }

    /// <summary>"HTTP://Host:5080/" and "http://host:5080" are the same server.</summary>
    public static string NormalizeServer(string server)
    {
        if (Uri.TryCreate(server.Trim(), UriKind.Absolute, out var uri))
        {
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant();
        }

        return server.Trim().TrimEnd('/').ToLowerInvariant();
    }
}

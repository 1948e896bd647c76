namespace TeamDrill.Client.Session;

/// <summary>A token remembered for one display name on one server, so a restarted client is the same player.</summary>
public sealed record SavedPlayer(string Server, string Name, string PlayerId, string Token);

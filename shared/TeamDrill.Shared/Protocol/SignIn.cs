namespace TeamDrill.Shared.Protocol;

/// <summary>
/// Body of <c>POST /api/signin</c>. A known token resumes that player; otherwise a new player is made.
/// A game client names its <see cref="Protocol.ProtocolVersion"/> and release so the edge can send it to the right download.
/// </summary>
public sealed record SignInRequest(string Name, string? Token = null, int? ProtocolVersion = null, string? AppVersion = null);

/// <summary>Answer to a sign-in: the opaque bearer token the hub accepts, and who it stands for.</summary>
public sealed record SignInResponse(string PlayerId, string Name, string Token);

/// <summary>Well-known paths of the edge.</summary>
public static class EdgeRoutes
{
    public const string Hub = "/hub";
    public const string SignIn = "/api/signin";
    public const string Health = "/healthz";
    public const string HealthLive = "/healthz/live";
    public const string HealthReady = "/healthz/ready";
    public const string Downloads = "/download";
}

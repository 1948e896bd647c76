namespace TeamDrill.Server.Hosting;

/// <summary>
/// The server's settings, bound from the <c>TeamDrill</c> section of appsettings.json, environment
/// variables (<c>TEAMDRILL__DATADIRECTORY</c>...) and command-line flags, in that order.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "TeamDrill";

    /// <summary><c>all</c> (silo and edge in one process), <c>silo</c> or <c>edge</c>.</summary>
    public string Role { get; set; } = "all";

    /// <summary>Where the edge's HTTP and SignalR endpoints listen.</summary>
    public string Listen { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Folder for the SQLite database; created on first start.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Content folders, later ones overriding earlier ones by card id. Empty: the shipped content.</summary>
    public List<string> ContentFolders { get; set; } = [];

    public string ClusterId { get; set; } = "teamdrill";

    public string ServiceId { get; set; } = "teamdrill";

    /// <summary>Silo-to-silo port; loopback only with localhost clustering.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans gateway port for edges; loopback only with localhost clustering.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c>.</summary>
    public string Storage { get; set; } = "sqlite";

    public string PostgresConnectionString { get; set; } = "";

    /// <summary>Redis for cluster membership when several silos and edges run; empty: localhost clustering.</summary>
    public string RedisConnectionString { get; set; } = "";

    /// <summary>The address this silo listens on and tells the others, with Redis clustering (a private network address at scale).</summary>
    public string SiloAddress { get; set; } = "127.0.0.1";

    /// <summary>How long a call may run before it ends as timed out.</summary>
    public TimeSpan CallTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long scoring stays open after a call before the debrief goes out anyway.</summary>
    public TimeSpan ScoringTimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxRoomMembers { get; set; } = 16;

    /// <summary>Largest hub message a client may send, in bytes; a larger one closes the connection.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Hub calls a connection may make per second on average (token bucket).</summary>
    public int CallsPerSecond { get; set; } = 20;

    /// <summary>Batches of events waiting for one connection (behind a write its socket has not taken yet) before it counts as too slow and is dropped.</summary>
    public int OutboundQueueLength { get; set; } = 1000;

    /// <summary>
    /// Whoever signs in and claims this key (<c>teamdrill league claim KEY</c>) becomes a facilitator and
    /// may create leagues. Empty (the default): nobody can, so leagues are off.
    /// </summary>
    public string FacilitatorKey { get; set; } = "";

    public bool IsSilo => Role is "all" or "silo";

    public bool IsEdge => Role is "all" or "edge";
}

using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>What this process runs and how it finds the rest of the cluster, read from the <see cref="Section"/> settings.</summary>
public sealed class ClusteringOptions
{
    public const string Section = SettingSections.Root;

    [Setting("what this process runs: all (silo and edge in one process), silo or edge")]
    public ServerRole Role { get; set; } = ServerRole.All;

    [Setting("Orleans cluster id", Takes = "id")]
    public string ClusterId { get; set; } = "teamdrill";

    [Setting("Orleans service id", Takes = "id")]
    public string ServiceId { get; set; } = "teamdrill";

    [Setting("silo-to-silo port, loopback only with localhost clustering", Minimum = "1", Maximum = "65535")]
    public int SiloPort { get; set; } = 11111;

    [Setting("Orleans gateway port for edges, loopback only with localhost clustering", Minimum = "1", Maximum = "65535")]
    public int GatewayPort { get; set; } = 30000;

    [Setting("Redis for cluster membership, to run several silos and edges (empty: localhost clustering)", Flag = "--redis", Takes = "host:port")]
    public string RedisConnectionString { get; set; } = "";

    [Setting("with --redis: the address this silo listens on and tells the others, a private one at scale", Takes = "ip")]
    public string SiloAddress { get; set; } = "127.0.0.1";

    public bool IsSilo => Role is ServerRole.All or ServerRole.Silo;

    public bool IsEdge => Role is ServerRole.All or ServerRole.Edge;

    public bool UsesRedis => RedisConnectionString.Length > 0;
}

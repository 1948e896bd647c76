using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>The edge's address and what one connection may do, read from the <see cref="Section"/> settings.</summary>
public sealed class EdgeOptions
{
    public const string Section = SettingSections.Root;

    [Setting("address of the hub and HTTP endpoints", Takes = "url")]
    public string Listen { get; set; } = "http://127.0.0.1:5080";

    [Setting("largest hub message a client may send, in bytes; a larger one closes the connection", Minimum = "1024", Maximum = "1048576")]
    public int MaxReceiveMessageBytes { get; set; } = 32 * 1024;

    [Setting("hub calls a connection may make per second on average", Minimum = "1", Maximum = "10000")]
    public int CallsPerSecond { get; set; } = 20;

    [Setting("batches of events waiting for one connection before it counts as too slow and is dropped", Minimum = "10", Maximum = "1000000")]
    public int OutboundQueueLength { get; set; } = 1000;

    [Setting("how long a connection's socket may take nothing while events wait for it before it counts as too slow and is dropped", Minimum = "00:00:01", Maximum = "00:10:00")]
    public TimeSpan OutboundStallLimit { get; set; } = TimeSpan.FromSeconds(10);

    [Setting("sign-ins (POST /api/signin) one address may make per minute; more are answered 429 with when to sign in again", Minimum = "1", Maximum = "100000")]
    public int SignInsPerAddressPerMinute { get; set; } = 60;

    [Setting("hub connections one sign-in token may hold open at this edge; one more is refused", Minimum = "1", Maximum = "1000")]
    public int ConnectionsPerToken { get; set; } = 8;
}

using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>What an operator watches the server with: log format, metrics, dashboard; read from the <see cref="Section"/> settings.</summary>
public sealed class OperationsOptions
{
    public const string Section = SettingSections.Root;

    [Setting("how log lines are written: text for people, json (one object a line) for log shippers")]
    public LogFormat LogFormat { get; set; } = LogFormat.Text;

    [Setting("who may read the Prometheus endpoint /metrics: loopback (this machine), anyone, or off", Key = "Metrics")]
    public EndpointAccess MetricsAccess { get; set; } = EndpointAccess.Loopback;

    [Setting("serve the Orleans dashboard at /dashboard, to this machine only (needs a silo)")]
    public bool Dashboard { get; set; }
}

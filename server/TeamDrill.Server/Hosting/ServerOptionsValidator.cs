using Microsoft.Extensions.Options;

namespace TeamDrill.Server.Hosting;

/// <summary>Checks the settings at start; every message names the setting and its flag.</summary>
public sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(ServerOptions o)
    {
        if (o.Role is not ("all" or "silo" or "edge"))
        {
            yield return $"Role (--role) is '{o.Role}'; it must be all, silo or edge.";
        }

        if (o.IsEdge && !IsHttpUrl(o.Listen))
        {
            yield return $"Listen (--listen) is '{o.Listen}'; it must be an http:// address such as http://127.0.0.1:5080.";
        }

        if (string.IsNullOrWhiteSpace(o.DataDirectory) && o.Storage == "sqlite")
        {
            yield return "DataDirectory (--data) is empty; give a folder for the database.";
        }

        if (string.IsNullOrWhiteSpace(o.ClusterId) || string.IsNullOrWhiteSpace(o.ServiceId))
        {
            yield return "ClusterId and ServiceId (--cluster-id, --service-id) must not be empty.";
        }

        foreach (var (port, name) in new[] { (o.SiloPort, "SiloPort (--silo-port)"), (o.GatewayPort, "GatewayPort (--gateway-port)") })
        {
            if (port is < 1 or > 65535)
            {
                yield return $"{name} is {port}; it must be between 1 and 65535.";
            }
        }

        if (o.SiloPort == o.GatewayPort)
        {
            yield return $"SiloPort and GatewayPort are both {o.SiloPort}; they must differ.";
        }

        if (o.Storage is not ("sqlite" or "postgres"))
        {
            yield return $"Storage (--storage) is '{o.Storage}'; it must be sqlite or postgres.";
        }

        if (o.Storage == "postgres" && string.IsNullOrWhiteSpace(o.PostgresConnectionString))
        {
            yield return "Storage is postgres but PostgresConnectionString (--postgres) is empty.";
        }

        if (!System.Net.IPAddress.TryParse(o.SiloAddress, out _))
        {
            yield return $"SiloAddress (--silo-address) is '{o.SiloAddress}'; it must be an IP address such as 127.0.0.1.";
        }

        if (o.CallTimeLimit < TimeSpan.FromSeconds(1) || o.CallTimeLimit > TimeSpan.FromHours(2))
        {
            yield return $"CallTimeLimit (--call-time-limit) is {o.CallTimeLimit}; it must be between 00:00:01 and 02:00:00.";
        }

        if (o.ScoringTimeLimit < TimeSpan.FromSeconds(1) || o.ScoringTimeLimit > TimeSpan.FromHours(2))
        {
            yield return $"ScoringTimeLimit (--scoring-time-limit) is {o.ScoringTimeLimit}; it must be between 00:00:01 and 02:00:00.";
        }

        if (o.MaxRoomMembers is < 3 or > 100)
        {
            yield return $"MaxRoomMembers (--max-room-members) is {o.MaxRoomMembers}; it must be between 3 and 100.";
        }

        if (o.MaxReceiveMessageBytes is < 1024 or > 1024 * 1024)
        {
            yield return $"MaxReceiveMessageBytes is {o.MaxReceiveMessageBytes}; it must be between 1024 and 1048576.";
        }

        if (o.CallsPerSecond is < 1 or > 10_000)
        {
            yield return $"CallsPerSecond is {o.CallsPerSecond}; it must be between 1 and 10000.";
        }

        if (o.FacilitatorKey.Length is > 0 and < 8)
        {
            yield return $"FacilitatorKey (--facilitator-key) is {o.FacilitatorKey.Length} characters long; use at least 8, or leave it empty to turn leagues off.";
        }

        if (o.OutboundQueueLength is < 10 or > 1_000_000)
        {
            yield return $"OutboundQueueLength is {o.OutboundQueueLength}; it must be between 10 and 1000000.";
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/";
}

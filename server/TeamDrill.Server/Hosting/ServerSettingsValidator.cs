using System.Net;
using TeamDrill.Grains.Storage;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// The checks a single setting's type and range cannot express: addresses, settings that depend on each
/// other. Each message names the setting and its flag.
/// </summary>
public static class ServerSettingsValidator
{
    public static IEnumerable<string> Problems(ServerSettings settings)
    {
        var cluster = settings.Clustering;
        var storage = settings.Storage;
        if (cluster.IsEdge && !IsHttpRoot(settings.Edge.Listen))
        {
            yield return $"Listen (--listen) is '{settings.Edge.Listen}'; it must be an http:// address such as http://127.0.0.1:5080.";
        }

        if (string.IsNullOrWhiteSpace(storage.DataDirectory) && storage.Dialect == StorageDialect.Sqlite)
        {
            yield return "DataDirectory (--data) is empty; give a folder for the database.";
        }

        if (string.IsNullOrWhiteSpace(settings.Downloads.DownloadsFolder))
        {
            yield return "DownloadsFolder (--downloads) is empty; give the folder build/publish.sh writes to, such as artifacts/downloads.";
        }

        var wrongCodes = settings.WrongCodes;
        if (wrongCodes.WrongCodesBeforeLockout <= wrongCodes.WrongCodesBeforeBackoff)
        {
            yield return $"WrongCodesBeforeLockout (--wrong-codes-before-lockout) is {wrongCodes.WrongCodesBeforeLockout}; it must be more than WrongCodesBeforeBackoff (--wrong-codes-before-backoff, {wrongCodes.WrongCodesBeforeBackoff}).";
        }

        if (string.IsNullOrWhiteSpace(cluster.ClusterId) || string.IsNullOrWhiteSpace(cluster.ServiceId))
        {
            yield return "ClusterId and ServiceId (--cluster-id, --service-id) must not be empty.";
        }

        if (cluster.SiloPort == cluster.GatewayPort)
        {
            yield return $"SiloPort and GatewayPort (--silo-port, --gateway-port) are both {cluster.SiloPort}; they must differ.";
        }

        if (storage.Dialect == StorageDialect.Postgres && string.IsNullOrWhiteSpace(storage.PostgresConnectionString))
        {
            yield return "Storage is postgres but PostgresConnectionString (--postgres) is empty.";
        }

        if (!IPAddress.TryParse(cluster.SiloAddress, out _))
        {
            yield return $"SiloAddress (--silo-address) is '{cluster.SiloAddress}'; it must be an IP address such as 127.0.0.1.";
        }

        if (settings.Operations.Dashboard && !cluster.IsSilo)
        {
            yield return "Dashboard (--dashboard) needs a silo; turn it on for a process with --role all or silo.";
        }

        if (settings.Leagues.FacilitatorKey.Length is > 0 and < 8)
        {
            yield return $"FacilitatorKey (--facilitator-key) is {settings.Leagues.FacilitatorKey.Length} characters long; use at least 8, or leave it empty to turn leagues off.";
        }
    }

    private static bool IsHttpRoot(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/";
}

using System.Globalization;
using System.Text;
using TeamDrill.LoadTest.Cli;
using TeamDrill.LoadTest.Hosting;
using TeamDrill.LoadTest.Measurement;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>The figures of a load run, merged over its client processes.</summary>
public sealed record LoadReport : IReport
{
    private const int MembersPerRoom = 8;

    public required string CommandLine { get; init; }
    public required string Server { get; init; }
    public int? ServerPid { get; init; }
    public string? ServerCores { get; init; }
    public string? ClientCores { get; init; }
    public int Rooms { get; init; }
    public int Connections { get; init; }
    public required string Workload { get; init; }
    public int WarmupSeconds { get; init; }
    public int Seconds { get; init; }
    public int Clients { get; init; }
    public double SetupSeconds { get; init; }

    public long Scheduled { get; init; }
    public long Sent { get; init; }
    public long Acknowledged { get; init; }
    public long AcknowledgedInWindow { get; init; }
    public long Failed { get; init; }
    public long Lost { get; init; }
    public long Unacknowledged { get; init; }
    public long Deliveries { get; init; }
    public long ExpectedDeliveries { get; init; }
    public long Duplicates { get; init; }
    public long Stray { get; init; }
    public long ConnectionsClosed { get; init; }
    public Dictionary<string, long> FailureReasons { get; init; } = [];

    public required LatencySummary FanOut { get; init; }
    public required LatencySummary Acknowledgement { get; init; }
    public required LatencySummary ScheduleLag { get; init; }

    public double WindowSeconds { get; init; }
    public double? ServerCpuMs { get; init; }
    public double? ServerCpuMsPerMessage { get; init; }
    public double? ServerCoreUtilisationPercent { get; init; }
    public double? ServerIdleCoreUtilisationPercent { get; init; }
    public double? ServerRssAtStartMb { get; init; }
    public double? ServerRssBeforeLoadMb { get; init; }
    public double? ServerRssAtEndMb { get; init; }

    public static LoadReport From(
        RunOptions options, ServerUnderTest server, IReadOnlyList<WorkerResult> results, double windowSeconds, ServerSnapshots snapshots)
    {
        var fanOut = new LatencyHistogram();
        var acknowledgement = new LatencyHistogram();
        var lag = new LatencyHistogram();
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            fanOut.Add(result.FanOut.ToHistogram());
            acknowledgement.Add(result.Acknowledgement.ToHistogram());
            lag.Add(result.ScheduleLag.ToHistogram());
            foreach (var (reason, count) in result.FailureReasons)
            {
                reasons[reason] = reasons.GetValueOrDefault(reason) + count;
            }
        }

        var inWindow = results.Sum(r => r.AcknowledgedInWindow);
        var cpuMs = snapshots.WindowCpuMs;
        return new LoadReport
        {
            CommandLine = options.CommandLine,
            Server = server.Url,
            ServerPid = server.Probe?.Pid,
            ServerCores = options.Pinning.ServerCores?.Text,
            ClientCores = options.Pinning.ClientCores?.Text,
            Rooms = options.Rooms,
            Connections = results.Sum(r => r.Connections),
            Workload = options.Workload.Name,
            WarmupSeconds = options.WarmupSeconds,
            Seconds = options.Seconds,
            Clients = options.Clients,
            SetupSeconds = results.Max(r => r.SetupSeconds),
            Scheduled = results.Sum(r => r.Scheduled),
            Sent = results.Sum(r => r.Sent),
            Acknowledged = results.Sum(r => r.Acknowledged),
            AcknowledgedInWindow = inWindow,
            Failed = results.Sum(r => r.Failed),
            Lost = results.Sum(r => r.Lost),
            Unacknowledged = results.Sum(r => r.Unacknowledged),
            Deliveries = results.Sum(r => r.Deliveries),
            ExpectedDeliveries = (results.Sum(r => r.Sent) - results.Sum(r => r.Failed)) * MembersPerRoom,
            Duplicates = results.Sum(r => r.Duplicates),
            Stray = results.Sum(r => r.Stray),
            ConnectionsClosed = results.Sum(r => r.ConnectionsClosed),
            FailureReasons = reasons,
            FanOut = LatencySummary.From(fanOut),
            Acknowledgement = LatencySummary.From(acknowledgement),
            ScheduleLag = LatencySummary.From(lag),
            WindowSeconds = windowSeconds,
            ServerCpuMs = cpuMs,
            ServerCpuMsPerMessage = cpuMs is { } cpu && inWindow > 0 ? cpu / inWindow : null,
            ServerCoreUtilisationPercent = snapshots.WindowCoreUtilisationPercent,
            ServerIdleCoreUtilisationPercent = snapshots.IdleCoreUtilisationPercent,
            ServerRssAtStartMb = ServerSnapshot.Megabytes(snapshots.AtStart),
            ServerRssBeforeLoadMb = ServerSnapshot.Megabytes(snapshots.BeforeLoad),
            ServerRssAtEndMb = ServerSnapshot.Megabytes(snapshots.AtEnd),
        };
    }

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"TeamDrill load run: {CommandLine}");
        text.AppendLine(c, $"  server {Server}{(ServerPid is { } pid ? $" (pid {pid})" : "")}{Pinned(ServerCores)}; {Clients} client process(es){Pinned(ClientCores)}");
        text.AppendLine(c, $"  {Rooms:N0} rooms of {MembersPerRoom} ({Connections:N0} connections), workload {Workload}, {Seconds} s measured after a {WarmupSeconds} s warm-up; setup took {SetupSeconds:F1} s");
        text.AppendLine(c, $"messages: scheduled {Scheduled:N0}, sent {Sent:N0}, acknowledged {Acknowledged:N0} ({AcknowledgedInWindow:N0} within the {WindowSeconds:F1} s window), failed {Failed:N0}, lost {Lost:N0}");
        text.AppendLine(c, $"  deliveries {Deliveries:N0} of {ExpectedDeliveries:N0}; unacknowledged at the end {Unacknowledged:N0}; duplicates {Duplicates:N0}; stray {Stray:N0}; connections closed by the server {ConnectionsClosed:N0}");
        foreach (var (reason, count) in FailureReasons.OrderByDescending(r => r.Value))
        {
            text.AppendLine(c, $"  failed {count:N0}×: {reason}");
        }

        text.AppendLine(c, $"  acknowledged {AcknowledgedInWindow / WindowSeconds:N0} messages/s, {Deliveries / WindowSeconds:N0} deliveries/s");
        text.AppendLine(c, $"fan-out latency (scheduled send to the last of the room's {MembersPerRoom} members): {FanOut}");
        text.AppendLine(c, $"acknowledgement (scheduled send to the sender's ack, message on disk): {Acknowledgement}");
        text.AppendLine(c, $"client schedule lag (how late sends were issued; large means the client, not the server, was behind): {ScheduleLag}");
        if (ServerCpuMs is { } cpu)
        {
            text.AppendLine(c, $"server CPU: {cpu:N0} ms over the window, {ServerCoreUtilisationPercent:F1} % of one core; {ServerCpuMsPerMessage:F2} ms per acknowledged message");
            text.AppendLine(c, $"  idle after the run, everyone still connected: {ServerIdleCoreUtilisationPercent:F1} % of one core (the window's figure includes this background)");
            text.AppendLine(c, $"server RSS: {ServerRssAtStartMb:F1} MB at start, {ServerRssBeforeLoadMb:F1} MB when the window opened (rooms set up and warm), {ServerRssAtEndMb:F1} MB at its end");
        }
        else
        {
            text.AppendLine("server CPU and RSS: not measured (give --server-pid with --server)");
        }

        return text.ToString().TrimEnd();
    }

    private static string Pinned(string? cores) => cores is null ? "" : $" on cores {cores}";
}

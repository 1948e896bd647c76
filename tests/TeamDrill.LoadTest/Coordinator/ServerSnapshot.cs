using TeamDrill.LoadTest.Measurement;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>The server's CPU time and resident memory at one moment, or nothing when its process is not known.</summary>
public sealed record ServerSnapshot(double CpuMs, long RssBytes, long AtTimestamp)
{
    public static ServerSnapshot? Take(ProcessProbe? probe) =>
        probe is null ? null : new ServerSnapshot(probe.CpuMs(), probe.RssBytes(), System.Diagnostics.Stopwatch.GetTimestamp());

    public static double? Megabytes(ServerSnapshot? snapshot) => snapshot is null ? null : snapshot.RssBytes / 1048576.0;
}

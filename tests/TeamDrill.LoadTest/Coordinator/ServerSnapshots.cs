using System.Diagnostics;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>
/// The server read when it had just started, at the start and end of the measured window, and over a
/// short idle spell after the run with every connection still open.
/// </summary>
public sealed record ServerSnapshots(
    ServerSnapshot? AtStart, ServerSnapshot? BeforeLoad, ServerSnapshot? AtEnd, ServerSnapshot? IdleStart, ServerSnapshot? IdleEnd)
{
    public double? WindowCpuMs => BeforeLoad is not null && AtEnd is not null ? AtEnd.CpuMs - BeforeLoad.CpuMs : null;

    public double? WindowCoreUtilisationPercent => Utilisation(BeforeLoad, AtEnd);

    public double? IdleCoreUtilisationPercent => Utilisation(IdleStart, IdleEnd);

    /// <summary>CPU time over wall time between two readings, as a percentage of one core.</summary>
    private static double? Utilisation(ServerSnapshot? from, ServerSnapshot? to)
    {
        if (from is null || to is null || to.AtTimestamp <= from.AtTimestamp)
        {
            return null;
        }

        var wallMs = (to.AtTimestamp - from.AtTimestamp) * 1000.0 / Stopwatch.Frequency;
        return (to.CpuMs - from.CpuMs) / wallMs * 100;
    }
}

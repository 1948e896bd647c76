using System.Diagnostics;

namespace TeamDrill.LoadTest.Coordinator;

/// <summary>The server read when it had just started, and at the start and end of the measured window.</summary>
public sealed record ServerSnapshots(ServerSnapshot? AtStart, ServerSnapshot? BeforeLoad, ServerSnapshot? AtEnd)
{
    public double? WindowCpuMs => BeforeLoad is not null && AtEnd is not null ? AtEnd.CpuMs - BeforeLoad.CpuMs : null;

    /// <summary>CPU time over wall time in the window, as a percentage of one core.</summary>
    public double? WindowCoreUtilisationPercent
    {
        get
        {
            if (BeforeLoad is null || AtEnd is null || AtEnd.AtTimestamp <= BeforeLoad.AtTimestamp)
            {
                return null;
            }

            var wallMs = (AtEnd.AtTimestamp - BeforeLoad.AtTimestamp) * 1000.0 / Stopwatch.Frequency;
            return (AtEnd.CpuMs - BeforeLoad.CpuMs) / wallMs * 100;
        }
    }
}

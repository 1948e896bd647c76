using System.Globalization;
using System.Text;

namespace TeamDrill.LoadTest.Coordinator;

public sealed record IdleReport : IReport
{
    public required string CommandLine { get; init; }
    public required string Server { get; init; }
    public int ServerPid { get; init; }
    public string? ServerCores { get; init; }
    public int Connections { get; init; }
    public long ConnectionsDroppedWhileOpen { get; init; }
    public double BaselineRssMb { get; init; }
    public double OpenRssMb { get; init; }
    public double KilobytesPerConnection { get; init; }
    public double AfterCloseRssMb { get; init; }
    public double LowestAfterCloseRssMb { get; init; }
    public double SecondsWatchedAfterClose { get; init; }
    public double ReturnedMb { get; init; }

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var grown = OpenRssMb - BaselineRssMb;
        var text = new StringBuilder();
        text.AppendLine(c, $"TeamDrill idle-connection run: {CommandLine}");
        text.AppendLine(c, $"  server {Server} (pid {ServerPid}){(ServerCores is null ? "" : $" on cores {ServerCores}")}; {Connections:N0} players signed in, then one idle hub connection each (no rooms)");
        text.AppendLine(c, $"  server RSS: {BaselineRssMb:F1} MB signed in, {OpenRssMb:F1} MB with the connections open: {KilobytesPerConnection:F1} KB per idle connection");
        var returned = ReturnedMb > 0
            ? $"{ReturnedMb:F1} MB of the {grown:F1} MB returned ({(grown > 0 ? ReturnedMb / grown * 100 : 0):F0} %)"
            : $"nothing returned (RSS {-ReturnedMb:F1} MB higher than with them open)";
        text.AppendLine(c, $"  after closing them: {AfterCloseRssMb:F1} MB {SecondsWatchedAfterClose:F0} s later (lowest {LowestAfterCloseRssMb:F1} MB): {returned}");
        if (ConnectionsDroppedWhileOpen > 0)
        {
            text.AppendLine(c, $"  ! {ConnectionsDroppedWhileOpen:N0} connections closed while they should have stayed open");
        }

        return text.ToString().TrimEnd();
    }
}

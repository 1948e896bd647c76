using System.Globalization;
using System.Text;

namespace TeamDrill.LoadTest.Coordinator;

public sealed record GrowthReport : IReport
{
    public required string CommandLine { get; init; }
    public required string Server { get; init; }
    public int? ServerPid { get; init; }
    public int Messages { get; init; }
    public double SendSeconds { get; init; }
    public long Deliveries { get; init; }
    public long ExpectedDeliveries { get; init; }
    public required IReadOnlyList<GrowthMark> Marks { get; init; }
    public long? DataFolderBytes { get; init; }
    public double? ServerRssAtEndMb { get; init; }

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"TeamDrill growth run: {CommandLine}");
        text.AppendLine(c, $"  server {Server}{(ServerPid is { } pid ? $" (pid {pid})" : "")}; one room of 8, one drill, customer and agent alternating, each send awaited");
        text.AppendLine(c, $"  {Messages:N0} messages in {SendSeconds:F1} s; deliveries {Deliveries:N0} of {ExpectedDeliveries:N0}");
        text.AppendLine("  over the 100 sends up to each mark: ms per send (mean, slowest), bytes the server wrote per action");
        text.AppendLine(c, $"  {"message",10} {"mean ms",10} {"max ms",10} {"wchar",12} {"write_bytes",12}");
        foreach (var m in Marks)
        {
            text.AppendLine(c, $"  {m.AtMessage,10:N0} {m.MeanMsPerSend,10:F2} {m.MaxMsPerSend,10:F2} {Bytes(m.WrittenCharsPerAction),12} {Bytes(m.WriteBytesPerAction),12}");
        }

        if (DataFolderBytes is { } size)
        {
            text.AppendLine(c, $"  data folder at the end: {size / 1048576.0:F1} MB ({size:N0} bytes)");
        }

        if (ServerRssAtEndMb is { } rss)
        {
            text.AppendLine(c, $"  server RSS at the end: {rss:F1} MB");
        }

        return text.ToString().TrimEnd();
    }

    private static string Bytes(double? perAction) =>
        perAction is { } value ? value.ToString("N0", CultureInfo.InvariantCulture) : "-";
}

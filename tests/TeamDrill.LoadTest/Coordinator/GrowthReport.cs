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
        text.AppendLine("  at message | ms per send (mean, max over the last 100) | bytes written per action (wchar) | write_bytes per action");
        foreach (var m in Marks)
        {
            text.AppendLine(c, $"  {m.AtMessage,10:N0} | {m.MeanMsPerSend,8:F2} ms, {m.MaxMsPerSend,8:F2} ms {"",20}| {Bytes(m.WrittenCharsPerAction),32} | {Bytes(m.WriteBytesPerAction)}");
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

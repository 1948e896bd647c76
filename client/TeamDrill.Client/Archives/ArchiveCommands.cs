using System.CommandLine;
using System.Globalization;
using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Archives;

/// <summary><c>teamdrill export FILE --format md|csv</c> and <c>teamdrill replay FILE</c> over <c>.tdrill</c> archives.</summary>
public static class ArchiveCommands
{
    public static Command BuildExport()
    {
        var file = new Argument<string>("FILE") { Description = "a .tdrill archive" };
        var format = new Option<string>("--format") { Description = "md (default) or csv", DefaultValueFactory = _ => "md" };
        var output = new Option<string?>("--out") { Description = "write to this file instead of the terminal" };
        var command = new Command("export", "Convert a drill archive to Markdown (debrief with charts) or CSV (one row per message).");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(r => Export(r.GetValue(file)!, r.GetValue(format)!, r.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    public static Command BuildReplay()
    {
        var file = new Argument<string>("FILE") { Description = "a .tdrill archive" };
        var text = new Option<bool>("--text") { Description = "print the call and the debrief as text instead of opening the full-screen client" };
        var command = new Command("replay", "Open a drill archive in the full-screen client (or print it with --text, or when not in a terminal).");
        command.Arguments.Add(file);
        command.Options.Add(text);
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (r.GetValue(text) || Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                return Replay(path, Console.Out, Console.Error);
            }

            return Open(path, Console.Error) is { } archive ? Tui.ReplayApp.Run(archive, ShippedPhrasebook) : 1;
        });
        return command;
    }

    public static int Export(string path, string format, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        if (format is not ("md" or "csv"))
        {
            stderr.WriteLine($"! --format must be md or csv, not '{format}'");
            return 2;
        }

        if (Open(path, stderr) is not { } archive)
        {
            return 1;
        }

        var text = format == "md" ? DrillArchiveMarkdown.Render(archive, ShippedPhrasebook()) : DrillArchiveCsv.Render(archive);
        if (outPath is null)
        {
            stdout.Write(text);
            return 0;
        }

        try
        {
            File.WriteAllText(outPath, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"! cannot write {outPath}: {ex.Message}");
            return 1;
        }

        stdout.WriteLine($"wrote {outPath}");
        return 0;
    }

    public static int Replay(string path, TextWriter stdout, TextWriter stderr)
    {
        if (Open(path, stderr) is not { } archive)
        {
            return 1;
        }

        stdout.WriteLine($"* drill {archive.DrillNumber} in room {DisplayText.Clean(archive.RoomCode)}: {DisplayText.Clean(archive.CardTitle)} (card {DisplayText.Clean(archive.CardId)}, version {DisplayText.Clean(archive.CardVersion)})");
        var anger = archive.AngerCurve.ToList();
        var shown = 0;
        foreach (var message in archive.Transcript)
        {
            foreach (var point in anger.Where(p => p.AfterMessage < message.Number).Skip(shown).ToList())
            {
                stdout.WriteLine($"  {Offset(archive, point.At)}  * anger {point.Level}/{DrillLimits.MaxAnger}");
                shown++;
            }

            var tags = archive.Tags.Where(t => t.MessageNumber == message.Number)
                .Select(t => $"{t.Technique} {(t.Polarity == TagPolarity.Plus ? "+" : "-")}").ToList();
            stdout.WriteLine($"  {Offset(archive, message.At)}  [{message.Number}] {DisplayText.Clean(message.SenderName)} ({DisplayText.Role(message.Role)}): {DisplayText.Clean(message.Text)}"
                + (tags.Count > 0 ? $"   <{string.Join(", ", tags)}>" : ""));
        }

        foreach (var point in anger.Skip(shown))
        {
            stdout.WriteLine($"  {Offset(archive, point.At)}  * anger {point.Level}/{DrillLimits.MaxAnger}");
        }

        stdout.WriteLine($"  {Offset(archive, archive.EndedAt)}  * call ended: {DisplayText.Outcome(archive.Outcome)}");
        stdout.WriteLine();
        stdout.Write(DrillArchiveMarkdown.Render(archive, ShippedPhrasebook()));
        return 0;
    }

    private static DrillArchive? Open(string path, TextWriter stderr)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return DrillArchiveReader.Read(stream, ClientWireFormat.Options);
        }
        catch (DrillArchiveException ex)
        {
            stderr.WriteLine($"! {path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"! cannot read {path}: {ex.Message}");
        }

        return null;
    }

    private static string Offset(DrillArchive archive, DateTimeOffset at)
    {
        var offset = at - archive.StartedAt;
        if (offset < TimeSpan.Zero)
        {
            offset = TimeSpan.Zero;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(int)offset.TotalMinutes:00}:{offset.Seconds:00}");
    }

    /// <summary>Coach hints in the Markdown come from the shipped phrasebook when it is at hand.</summary>
    private static Phrasebook? ShippedPhrasebook()
    {
        var folder = ContentLoader.FindShippedContent(AppContext.BaseDirectory) ?? ContentLoader.FindShippedContent(Directory.GetCurrentDirectory());
        return folder is null ? null : ContentLoader.LoadFolder(folder).Content?.Phrasebook;
    }
}

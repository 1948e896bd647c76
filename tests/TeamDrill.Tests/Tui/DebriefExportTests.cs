using TeamDrill.Client.Tui;
using TeamDrill.Tests.Archives;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Tui;

/// <summary>The debrief's x writes the same Markdown as <c>teamdrill export</c>, and says where or why not.</summary>
public sealed class DebriefExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void writes_the_shared_archive_markdown_named_after_the_room_and_drill()
    {
        var archive = SampleArchive.Create();

        var notice = new DebriefExport(_folder.Path, () => null).Write(archive);

        var path = Path.Combine(_folder.Path, "teamdrill-k7qx2m-drill3.md");
        Assert.Equal($"Saved {path}", notice);
        Assert.Equal(TeamDrill.Shared.Archives.DrillArchiveMarkdown.Render(archive), File.ReadAllText(path));
    }

    [Fact]
    public void a_folder_that_cannot_be_written_gives_a_notice_and_no_file()
    {
        var missing = Path.Combine(_folder.Path, "gone");

        var notice = new DebriefExport(missing, () => null).Write(SampleArchive.Create());

        Assert.StartsWith($"! could not write {Path.Combine(missing, "teamdrill-k7qx2m-drill3.md")}", notice, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    public void Dispose() => _folder.Dispose();
}

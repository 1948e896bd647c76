using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class DebriefScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    [Fact]
    public void shows_the_outcome_the_consensus_bars_the_anger_curve_and_the_tags_per_message()
    {
        var screen = _ui.Show(new DebriefScreen(new Palette(true)));

        screen.Show(R.Debrief());

        var text = _ui.Text;
        Assert.Contains("Outcome: RESOLVED · overall 4.5/5 · closed early with 1 rubric(s)", text);
        Assert.Contains("Scored on: empathy", text);
        Assert.Contains("Empathy", text);
        Assert.Contains("4.5 spread 1", text);
        Assert.Contains("N/A", text);
        Assert.Contains("█", text);
        Assert.Contains("Anger over the call", text);
        Assert.Equal([6, 9, 2], screen.Curve.Levels);
        Assert.Contains("⟨empathy +1, uses-name", text);
    }

    [Fact]
    public void a_replayed_archive_shows_the_reflection_the_score_out_of_100_and_the_agreement()
    {
        var archive = TeamDrill.Tests.Archives.SampleArchive.Create();
        var screen = _ui.Show(new DebriefScreen(new Palette(true)));

        screen.Show(TeamDrill.Shared.Archives.ArchiveDebrief.From(archive));

        var text = _ui.Text;
        Assert.Contains($"Agent's reflection: \"{archive.Reflection![..30]}", text);
        Assert.Matches(@"score \d+(\.\d)?/100", text);
        Assert.Contains("agreement ", text);
        Assert.Contains("Consensus (1-5)", text);
    }

    [Fact]
    public void x_exports_as_the_key_bar_says()
    {
        var screen = _ui.Show(new DebriefScreen(new Palette(true)));
        screen.Show(R.Debrief());
        Debrief? exported = null;
        screen.ExportRequested += (_, d) => exported = d;

        Assert.Contains("x Export Markdown", screen.KeyBar.Line);
        _ui.Type("x");

        Assert.Same(screen.Debrief, exported);
    }

    [Fact]
    public void esc_goes_back()
    {
        var screen = _ui.Show(new DebriefScreen(new Palette(true)));
        screen.Show(R.Debrief());
        var back = 0;
        screen.BackRequested += (_, _) => back++;

        _ui.Press(Key.Esc);

        Assert.Equal(1, back);
    }

    public void Dispose() => _ui.Dispose();
}

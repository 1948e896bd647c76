using System.Diagnostics;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Input;
using TeamDrill.Shared.Protocol;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>Every screen at 80x24, NO_COLOR, and a long transcript.</summary>
[Collection(TuiCollection.Name)]
public sealed class RenderingTests : IDisposable
{
    private readonly Headless _ui = new();

    public static TheoryData<string> Screens => [.. ScreenGallery.Names];

    [Theory]
    [MemberData(nameof(Screens))]
    public void every_screen_fits_80x24_with_its_key_bar_on_the_last_line(string which)
    {
        var screen = ScreenGallery.Build(which, new Palette(true));
        _ui.Show(screen);

        var lines = _ui.Lines;
        Assert.Equal(24, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"line longer than 80: '{l}'"));
        Assert.Contains(screen.KeyBar.Hints[0].Key + " " + screen.KeyBar.Hints[0].Label, lines[^2]);
        Assert.Contains("Esc", lines[^2]);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void every_screen_has_help_on_f1(string which)
    {
        var screen = ScreenGallery.Build(which, new Palette(true));
        _ui.Show(screen);

        _ui.Press(Key.F1);

        Assert.True(screen.HelpVisible);
        Assert.Contains("Help (any key closes)", _ui.Text);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void the_help_at_80x24_shows_every_key_of_the_screens_table(string which)
    {
        var screen = ScreenGallery.Build(which, new Palette(true));
        _ui.Show(screen);

        _ui.Press(Key.F1);

        var text = _ui.Text;
        Assert.All(screen.Keys.Keys.Where(k => k.Help.Length > 0), key =>
            Assert.Contains(key.Name.PadRight(9)[..9] + key.Help[..Math.Min(20, key.Help.Length)], text));
    }

    [Fact]
    public void with_no_color_the_anger_bar_is_drawn_in_the_normal_colours_and_still_reads()
    {
        var plain = _ui.Show(new CustomerScreen(new Palette(false)));
        plain.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var (plainBar, plainNormal) = BarAndLabelAttributes();

        Assert.Contains("Anger ██████░░░░ 6/10", _ui.Text);
        Assert.Equal(plainNormal, plainBar);

        var coloured = _ui.Show(new CustomerScreen(new Palette(true)));
        coloured.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var (colouredBar, colouredNormal) = BarAndLabelAttributes();
        Assert.NotEqual(colouredNormal, colouredBar);
    }

    [Fact]
    public void a_resize_redraws_and_rewraps_the_transcript()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var narrowRows = screen.TranscriptSource.Count;

        _ui.App.Driver!.SetScreenSize(120, 30);
        var wide = _ui.Lines;
        Assert.Equal(30, wide.Length);
        Assert.True(screen.TranscriptSource.Count < narrowRows, "wider transcript, fewer wrapped rows");
        Assert.Contains("Enter Send", wide[^2]);

        _ui.App.Driver!.SetScreenSize(80, 24);
        Assert.Equal(24, _ui.Lines.Length);
        Assert.Equal(narrowRows, screen.TranscriptSource.Count);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void with_no_color_nothing_on_any_screen_is_drawn_in_a_colour(string which)
    {
        _ui.Show(ScreenGallery.Build(which, new Palette(false)));
        _ui.Press(Terminal.Gui.Input.Key.F1);
        _ = _ui.Text;

        var cells = _ui.App.Driver!.Contents!;
        var coloured = new List<string>();
        for (var row = 0; row < cells.GetLength(0); row++)
        {
            for (var col = 0; col < cells.GetLength(1); col++)
            {
                if (cells[row, col].Attribute is { } a && (a.Foreground != Terminal.Gui.Drawing.Color.None || a.Background != Terminal.Gui.Drawing.Color.None))
                {
                    coloured.Add($"({row},{col}) '{cells[row, col].Grapheme}' {a}");
                }
            }
        }

        Assert.True(coloured.Count == 0, $"{coloured.Count} coloured cells, e.g. {string.Join("; ", coloured.Take(5))}");
    }

    [Fact]
    public void no_color_in_the_environment_turns_colour_off()
    {
        Assert.False(Palette.FromEnvironment(n => n == "NO_COLOR" ? "1" : null).UseColor);
        Assert.True(Palette.FromEnvironment(n => n == "NO_COLOR" ? "" : null).UseColor);
        Assert.True(Palette.FromEnvironment(_ => null).UseColor);
    }

    [Fact]
    public void a_transcript_of_a_thousand_messages_arrives_and_scrolls_without_lag()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        var state = TuiRoom.OnCall("p-cy");
        var full = TuiRoom.WithMessages(state, 1000);

        var arrive = Stopwatch.StartNew();
        for (var n = 1; n <= 1000; n++)
        {
            screen.Update(full with { Transcript = full.Transcript.GetRange(0, n) });
        }

        _ui.Pump();
        arrive.Stop();
        Assert.Equal(1000, screen.TranscriptSource.EntryCount);
        Assert.Contains("[1000] Ben (agent)", _ui.Text);

        var scroll = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++)
        {
            _ui.Press(Key.PageUp);
        }

        scroll.Stop();
        Assert.True(arrive.ElapsedMilliseconds < 5000, $"1,000 messages took {arrive.ElapsedMilliseconds} ms to arrive");
        Assert.True(scroll.ElapsedMilliseconds / 100.0 < 50, $"a page of scrolling took {scroll.ElapsedMilliseconds / 100.0} ms");
        Assert.DoesNotContain("[1000] Ben (agent)", _ui.Text);
    }

    private (Terminal.Gui.Drawing.Attribute Bar, Terminal.Gui.Drawing.Attribute Label) BarAndLabelAttributes()
    {
        var lines = _ui.Lines;
        var row = Array.FindIndex(lines, l => l.Contains("Anger ", StringComparison.Ordinal));
        var col = lines[row].IndexOf("Anger ", StringComparison.Ordinal);
        var cells = _ui.App.Driver!.Contents!;
        return (cells[row, col + 6].Attribute!.Value, cells[row, col].Attribute!.Value);
    }

    public void Dispose() => _ui.Dispose();
}

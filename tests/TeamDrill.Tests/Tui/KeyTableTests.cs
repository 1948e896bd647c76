using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.Input;

namespace TeamDrill.Tests.Tui;

/// <summary>One declared list of keys drives what a key press does, what the key bar says and what the help says.</summary>
public sealed class KeyTableTests
{
    [Fact]
    public void a_key_works_and_shows_on_the_bar_only_while_its_condition_holds()
    {
        var host = false;
        var started = 0;
        var table = new KeyTable(
        [
            new("s", "Start", "start a drill") { When = () => host, Run = _ => started++ },
            new("Esc", "Quit", "quit") { Run = _ => { } },
        ]);

        Assert.False(table.Handle(new Key('s')));
        Assert.Equal([new KeyHint("Esc", "Quit")], table.BarHints());
        host = true;

        Assert.True(table.Handle(new Key('s')));
        Assert.Equal(1, started);
        Assert.Equal([new KeyHint("s", "Start"), new KeyHint("Esc", "Quit")], table.BarHints());
    }

    [Fact]
    public void a_key_its_field_handles_is_on_the_bar_but_left_to_the_field()
    {
        var table = new KeyTable([new("Enter", "Send", "send what you typed")]);

        Assert.False(table.Handle(Key.Enter));
        Assert.Equal([new KeyHint("Enter", "Send")], table.BarHints());
    }

    [Fact]
    public void the_bar_word_can_follow_the_state_and_a_key_can_stay_off_the_bar()
    {
        var paused = false;
        var table = new KeyTable(
        [
            new("p", "Pause", "pause or resume") { LabelNow = () => paused ? "Resume" : "Pause", Run = _ => paused = !paused },
            new("l", "Leave", "leave the room") { OnBar = ScreenKey.Never, Run = _ => { } },
        ]);

        table.Handle(new Key('p'));

        Assert.Equal([new KeyHint("p", "Resume")], table.BarHints());
        Assert.True(table.Handle(new Key('l')));
    }

    [Fact]
    public void the_help_lists_each_key_with_a_sentence_under_its_heading()
    {
        var table = new KeyTable(
        [
            new("c", "Create", "create a room"),
            new("?", "Help", ""),
            new("r", "Role", "next role for the selected member") { Section = "Host only:" },
            new("PgUp/PgDn", "Scroll", "scroll") { Section = "Host only:" },
        ]);

        Assert.Equal(
            ["c        create a room", "", "Host only:", "r        next role for the selected member", "PgUp/PgDn  scroll"],
            table.HelpLines());
        Assert.Equal(["c", "?", "r", "PgUp/PgDn"], table.Names);
    }
}

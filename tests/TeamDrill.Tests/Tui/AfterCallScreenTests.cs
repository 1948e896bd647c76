using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

/// <summary>The new after-the-call inputs: the agent's two-part reflection and the scorer's line of support.</summary>
[Collection(TuiCollection.Name)]
public sealed class AfterCallScreenTests : IDisposable
{
    private readonly Headless _ui = new();
    private readonly FixedTime _time = new(R.T0.AddMinutes(8).AddSeconds(30));

    [Fact]
    public void the_agent_writes_what_worked_and_what_to_do_differently_on_one_line()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, null));
        screen.Update(TuiRoom.Scoring("p-ben"));
        var reflections = new List<(string, string)>();
        screen.ReflectionSubmitted += (_, parts) => reflections.Add(parts);

        _ui.Type("Named the date | Ask for the order first");
        _ui.Press(Key.Enter);

        Assert.Equal([("Named the date", "Ask for the order first")], reflections);
    }

    [Fact]
    public void a_reflection_with_two_bars_is_not_sent_and_stays_in_the_field_with_the_reason()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, null));
        screen.Update(TuiRoom.Scoring("p-ben"));
        var reflections = 0;
        screen.ReflectionSubmitted += (_, _) => reflections++;

        _ui.Type("a | b | c");
        _ui.Press(Key.Enter);

        Assert.Equal(0, reflections);
        Assert.Contains("! use one | at most", _ui.Text);
        Assert.Contains("a | b | c", _ui.Text);
    }

    [Fact]
    public void during_scoring_h_opens_the_line_of_support_and_enter_sends_it()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.Scoring("p-cy"));
        var sent = new List<string>();
        screen.SupportSubmitted += (_, text) => sent.Add(text);

        Assert.Contains("h Helped?", screen.KeyBar.Line);
        _ui.Type("h");
        Assert.Contains("Helped? one thing the agent did that helped; Enter sends it", _ui.Text);
        _ui.Type("Your sorry came first");
        _ui.Press(Key.Enter);

        Assert.Equal(["Your sorry came first"], sent);
    }

    [Fact]
    public void the_line_of_support_is_closed_during_the_call_and_shows_what_was_sent_afterwards()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-cy"));
        Assert.False(screen.Support.Enabled);
        Assert.DoesNotContain("h Helped?", screen.KeyBar.Line);

        screen.Update(TuiRoom.Scoring("p-cy") with { MySupportLine = "Your sorry came first" });

        Assert.False(screen.Support.Enabled);
        Assert.Contains("Your support ✔", _ui.Text);
        Assert.Contains("Your sorry came first", _ui.Text);
    }

    [Fact]
    public void a_line_of_support_over_160_characters_is_not_sent_and_says_why()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.Scoring("p-cy"));
        var sent = 0;
        screen.SupportSubmitted += (_, _) => sent++;

        _ui.Type("h");
        _ui.Type(new string('s', 161));
        _ui.Press(Key.Enter);

        Assert.Equal(0, sent);
        Assert.Contains("! the line of support is 161 characters long; keep it to at most 160", _ui.Text);
    }

    [Fact]
    public void the_debrief_shows_both_parts_of_the_reflection_and_the_support_with_names()
    {
        var screen = _ui.Show(new DebriefScreen(new Palette(true)));

        var debrief = new Debrief
        {
            RoomCode = "K7QX2M",
            DrillNumber = 1,
            Reflection = "Named the date",
            ReflectionDoDifferently = "Ask sooner",
            SupportLines = [new SupportLine { ScorerId = "p-cy", ScorerName = "Cy", Text = "Your sorry came first" }],
        };
        screen.Show(debrief);

        var text = _ui.Text;
        Assert.Contains("Agent's reflection: worked \"Named the date\" · would do differently \"Ask", text);
        Assert.Contains("Peer support, one thing that helped:", text);
        Assert.Contains("Cy: \"Your sorry came first\"", text);
    }

    public void Dispose() => _ui.Dispose();
}

using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class CustomerScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    [Fact]
    public void the_whole_card_is_beside_the_transcript()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));

        screen.Update(TuiRoom.OnCall("p-ana", withCard: true));

        var text = _ui.Text;
        Assert.Contains("Your card", text);
        Assert.Contains("Hidden facts", text);
        Assert.Contains(TuiRoom.HiddenFact, text);
        Assert.Contains("What calms you", text);
        Assert.Contains("I was charged twice", text);
        Assert.Contains("Anger ██████░░░░ 6/10", text);
    }

    [Fact]
    public void f3_and_f2_move_the_anger_meter_as_the_key_bar_says()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var levels = new List<int>();
        screen.AngerChangeRequested += (_, level) => levels.Add(level);

        Assert.Contains("F3 Angrier", screen.KeyBar.Line);
        Assert.Contains("F2 Calmer", screen.KeyBar.Line);
        _ui.Press(Key.F3, Key.F3);
        Assert.Contains("Anger ████████░░ 8/10", _ui.Text);
        _ui.Press(Key.F2);

        Assert.Equal([7, 8, 7], levels);
    }

    [Fact]
    public void enter_sends_the_typed_line_and_clears_it()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var sent = new List<string>();
        screen.MessageSent += (_, text) => sent.Add(text);

        _ui.Type("Where is my refund?");
        _ui.Press(Key.Enter);

        Assert.Equal(["Where is my refund?"], sent);
        Assert.DoesNotContain("Where is my refund?", _ui.Text);
    }

    [Fact]
    public void f4_then_an_outcome_key_ends_the_call_and_esc_cancels()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-ana", withCard: true));
        var outcomes = new List<CallOutcome>();
        screen.EndCallRequested += (_, outcome) => outcomes.Add(outcome);
        var back = 0;
        screen.BackRequested += (_, _) => back++;

        _ui.Press(Key.F4);
        Assert.Contains("End call: 1 resolved 2 escalated 3 hung up", _ui.Text);
        _ui.Press(Key.Esc);
        Assert.False(screen.PickingOutcome);
        _ui.Press(Key.F4);
        _ui.Type("2");

        Assert.Equal([CallOutcome.Escalated], outcomes);
        Assert.Equal(0, back);
    }

    [Fact]
    public void after_the_call_the_input_stops_and_the_phase_is_shown()
    {
        var screen = _ui.Show(new CustomerScreen(new Palette(true)));
        var state = TuiRoom.OnCall("p-ana", withCard: true).Apply(R.Ended(10, CallOutcome.Resolved));
        var anger = 0;
        screen.AngerChangeRequested += (_, _) => anger++;

        screen.Update(state);
        _ui.Press(Key.F3);

        Assert.Equal(0, anger);
        Assert.Contains("Call ended (resolved)", _ui.Text);
        Assert.DoesNotContain("F3", screen.KeyBar.Line);
    }

    public void Dispose() => _ui.Dispose();
}

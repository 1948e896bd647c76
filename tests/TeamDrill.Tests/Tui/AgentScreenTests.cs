using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Tests.Content;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class AgentScreenTests : IDisposable
{
    private readonly Headless _ui = new();
    private readonly FixedTime _time = new(R.T0.AddMinutes(8).AddSeconds(30));

    [Fact]
    public void the_agent_never_sees_card_private_text_even_if_a_state_carried_the_card()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, null));

        // The server never sends the card to the agent; the screen must not show it even if it were there.
        screen.Update(TuiRoom.OnCall("p-ben", withCard: true));

        var text = _ui.Text;
        Assert.Contains("Mrs Okafor", text);
        Assert.Contains("Order 4411 billed twice", text);
        Assert.DoesNotContain(TuiRoom.HiddenFact, text);
        Assert.DoesNotContain("Hidden facts", text);
        Assert.DoesNotContain("What calms you", text);
        Assert.DoesNotContain("Being called by your name", text);
        Assert.DoesNotContain("Anger", text);
        Assert.DoesNotContain("Scored on", text);
    }

    [Fact]
    public void the_countdown_shows_the_time_left_on_the_call()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, null));

        screen.Update(TuiRoom.OnCall("p-ben"));
        Assert.Contains("⏱ 1:30 left", _ui.Text);
        _time.Now = _time.Now.AddSeconds(75);
        screen.RefreshClock();

        Assert.Contains("⏱ 0:15 left", _ui.Text);
    }

    [Fact]
    public void coach_hints_appear_while_typing_and_only_the_typed_text_is_sent()
    {
        var phrasebook = RepoContent.Set.Phrasebook;
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, phrasebook.Match));
        screen.Update(TuiRoom.OnCall("p-ben"));
        var sent = new List<string>();
        screen.MessageSent += (_, text) => sent.Add(text);

        _ui.Type("Please calm down");

        Assert.Contains("Coach: avoid \"calm down\"", _ui.Text);
        _ui.Press(Key.Enter);
        Assert.Equal(["Please calm down"], sent);
        Assert.Equal("", screen.CoachText);
    }

    [Fact]
    public void enter_is_the_only_key_needed_to_send_and_f1_gives_help()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, null));
        screen.Update(TuiRoom.OnCall("p-ben"));

        Assert.Contains("Enter Send", screen.KeyBar.Line);
        Assert.Contains("F1 Help", screen.KeyBar.Line);
        _ui.Type("?");
        Assert.False(screen.HelpVisible);
        _ui.Press(Key.F1);

        Assert.True(screen.HelpVisible);
        Assert.Contains("You are the agent", _ui.Text);
    }

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void after_the_call_enter_sends_the_reflection_and_not_a_message()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, RepoContent.Set.Phrasebook.Match));
        var ended = TuiRoom.Scoring("p-ben");
        screen.Update(ended);
        var sent = new List<string>();
        var reflections = new List<string>();
        screen.MessageSent += (_, text) => sent.Add(text);
        screen.ReflectionSubmitted += (_, parts) => reflections.Add(parts.WhatWorked);

        Assert.Contains("Reflect: what worked | what to change; Enter sends it.", _ui.Text);
        Assert.Contains("Enter Reflect", _ui.Text);
        _ui.Type("Please calm down was a mistake");
        Assert.DoesNotContain("Coach:", _ui.Text); // the coach is for the call only
        _ui.Press(Key.Enter);

        Assert.Equal(["Please calm down was a mistake"], reflections);
        Assert.Empty(sent);
        screen.Update(ended with { ReflectionWritten = true });
        Assert.DoesNotContain("Enter Reflect", _ui.Text);
    }

    [Fact]
    public void a_league_drill_shows_no_coach()
    {
        var screen = _ui.Show(new AgentScreen(new Palette(true), _time, RepoContent.Set.Phrasebook.Match));
        screen.Update(TuiRoom.OnCall("p-ben") with { Practice = false });

        _ui.Type("Please calm down");

        Assert.DoesNotContain("Coach:", _ui.Text);
    }
}

using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// The agent: the brief a real agent would have on screen (never the customer's card), the transcript,
/// an input line, the countdown, and private coach hints from the phrasebook while typing.
/// </summary>
public sealed class AgentScreen : DrillScreenBase
{
    private const int SideWidth = 34;
    private readonly TimeProvider _time;
    private readonly Func<string, IReadOnlyList<PhraseHit>>? _coach;
    private readonly Label _clock;
    private readonly Label _hint;
    private readonly InputLine _input;
    private object? _timer;
    private bool _disposed;

    public AgentScreen(Palette palette, TimeProvider time, Func<string, IReadOnlyList<PhraseHit>>? coach)
        : base(palette, "Your brief", SideWidth)
    {
        _time = time;
        _coach = coach;
        // The coach's hint gets the full width under both panes: it is a sentence, not a word.
        TranscriptFrame.Height = Dim.Fill(5);
        SideFrame.Height = Dim.Fill(5);
        _clock = new Label { X = 0, Y = Pos.AnchorEnd(5), Width = 14, Text = "⏱ --:--" };
        _hint = new Label { HotKeySpecifier = NoHotKey.Specifier, X = 14, Y = Pos.AnchorEnd(5), Width = Dim.Fill(), Height = 2, Text = "" };
        _input = new InputLine { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill() };
        _input.Submitted += (_, text) =>
        {
            _hint.Text = "";
            if (Room?.Phase == DrillPhase.Scoring)
            {
                SubmitReflection(text);
            }
            else
            {
                MessageSent?.Invoke(this, text);
            }
        };
        _input.Field.TextChanged += (_, _) => ShowCoach();
        Add(_clock, _hint, _input);
        _input.Field.SetFocus();
        if (coach is null)
        {
            _hint.Text = "(coach hints are off: no phrasebook was found)";
        }

        // Enter is the input line's own: it sends, or after the call it sends the reflection.
        UseKeys(
        [
            new("Enter", "Send", "send what you typed (after the call: your reflection, what worked | what you'd do differently, shown first in the debrief)")
            {
                When = () => Room is { Phase: DrillPhase.Call } or { Phase: DrillPhase.Scoring, ReflectionWritten: false },
                LabelNow = () => Room?.Phase == DrillPhase.Call ? "Send" : "Reflect",
            },
            TabKey("Panes", "to the transcript or the brief to scroll them (PgUp/PgDn), Tab back to type") with { OnBar = ScreenKey.Never },
            CloseScoringKey(),
            HelpKey("F1"),
            BackToLobbyKey(),
        ]);
    }

    public event EventHandler<string>? MessageSent;

    /// <summary>The agent's reflection after the call, what worked and what they'd do differently (either may be empty); the debrief waits for it.</summary>
    public event EventHandler<(string WhatWorked, string DoDifferently)>? ReflectionSubmitted;

    public string CoachText => _hint.Text;

    protected override string RoleName => "Agent";

    /// <summary>Redraws the countdown; a timer calls it every second while the screen runs.</summary>
    public void RefreshClock()
    {
        var text = Room?.Phase == DrillPhase.Call ? Countdown.Format(Room.CallEndsAt, _time.GetUtcNow()) : "⏱ call over";
        if (_clock.Text != text)
        {
            _clock.Text = text;
        }
    }

    protected override void OnRoomUpdated(SeenRoom? previous, SeenRoom state)
    {
        if (previous?.Brief != state.Brief || SideSource.EntryCount == 0)
        {
            ShowBrief(state.Brief);
        }

        var onCall = state.Phase == DrillPhase.Call;
        var reflecting = state.Phase == DrillPhase.Scoring && !state.ReflectionWritten;
        _input.Enabled = onCall || reflecting;
        if (reflecting)
        {
            ShowMessage($"Reflect: what worked | what to change; Enter sends it. {PhaseLine(state)}");
            _input.Field.SetFocus();
        }
        else if (!onCall)
        {
            ShowMessage(state.Phase == DrillPhase.Scoring ? $"{PhaseLine(state)} Reflection sent; waiting for the scorers." : PhaseLine(state));
        }

        RefreshClock();
        if (_timer is null && App is { } app)
        {
            _timer = app.AddTimeout(TimeSpan.FromSeconds(1), () =>
            {
                if (_disposed)
                {
                    return false;
                }

                RefreshClock();
                return true;
            });
        }
    }

    protected override void FocusDefault() => _input.Field.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_input.Field, Transcript, SideList];

    protected override IEnumerable<string> HelpIntro() =>
        ["You are the agent. Handle the call; your brief is on the right."];

    protected override IEnumerable<string> HelpNotes() =>
    [
        "The clock shows the time left. The coach line under the transcript reacts to what you type (phrases to avoid, and better ones). Only you see it; it is never sent.",
    ];

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        if (_timer is not null)
        {
            App?.RemoveTimeout(_timer);
        }

        base.Dispose(disposing);
    }

    // A line that is not one reflection stays in the field with the reason, and nothing is sent.
    private void SubmitReflection(string line)
    {
        if (ReflectionLine.Split(line, out var problem) is { } parts)
        {
            ReflectionSubmitted?.Invoke(this, parts);
            return;
        }

        _input.Field.Text = line;
        ShowMessage($"! {problem}");
    }

    private void ShowCoach()
    {
        if (_coach is null || Room is { Practice: false } || Room?.Phase != DrillPhase.Call)
        {
            _hint.Text = "";
            return;
        }

        var text = _input.Field.Text;
        var hint = text.Length == 0 ? "" : CoachLine.For(_coach(text));
        var width = _hint.Viewport.Width > 10 ? _hint.Viewport.Width : 60;
        _hint.Text = string.Join('\n', TextWrap.Wrap(hint, width).Take(2));
    }

    private void ShowBrief(PublicBrief? brief)
    {
        SideSource.Clear();
        if (brief is null)
        {
            SideSource.Add(0, "(waiting for the drill to start)");
            return;
        }

        var key = 0;
        SideSource.Add(key++, $"{DisplayText.Clean(brief.Title)} (difficulty {brief.Difficulty})");
        SideSource.Add(key++, $"Customer: {DisplayText.Clean(brief.CustomerName)}");
        if (brief.AccountSummary.Length > 0)
        {
            SideSource.Add(key++, $"Account: {DisplayText.Clean(brief.AccountSummary)}");
        }

        if (brief.Facts.Count > 0)
        {
            SideSource.Add(key++, "");
            SideSource.Add(key++, "== On your screen ==");
            foreach (var fact in brief.Facts)
            {
                SideSource.Add(key++, "• " + DisplayText.Clean(fact));
            }
        }
    }
}

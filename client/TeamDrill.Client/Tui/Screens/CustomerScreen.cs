using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>The customer: the whole card beside the transcript, an input line, the anger meter on F2/F3, F4 to end the call.</summary>
public sealed class CustomerScreen : DrillScreenBase
{
    private const int SideWidth = 36;
    private readonly AngerMeter _meter;
    private readonly InputLine _input;
    private readonly Label _picker;
    private int _angerTarget;
    private bool _picking;

    public CustomerScreen(Palette palette)
        : base(palette, "Your card (only you see it)", SideWidth)
    {
        _meter = new AngerMeter(palette) { X = 0, Y = Pos.AnchorEnd(4), Width = Dim.Fill(SideWidth) };
        _input = new InputLine { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(SideWidth) };
        _input.Submitted += (_, text) => MessageSent?.Invoke(this, text);
        _input.Field.KeyDown += (_, key) =>
        {
            if (_picking && HandleScreenKey(key))
            {
                key.Handled = true;
            }
        };
        _picker = new Label
        {
            X = 0,
            Y = Pos.AnchorEnd(3),
            Width = Dim.Fill(SideWidth),
            Height = 1,
            Visible = false,
            Text = "End call: 1 resolved 2 escalated 3 hung up",
        };
        Add(_meter, _input, _picker);
        _input.Field.SetFocus();
        var onCall = () => Room?.Phase == DrillPhase.Call && !_picking;
        UseKeys(
        [
            // While the end-of-call picker is open: its outcomes (or their first letters), Esc cancels.
            Outcome("1", "Resolved", 'r', CallOutcome.Resolved),
            Outcome("2", "Escalated", 'e', CallOutcome.Escalated),
            Outcome("3", "Hung up", 'h', CallOutcome.HungUp),
            new("Esc", "Cancel", "") { When = () => _picking, Run = _ => ClosePicker() },
            new("Enter", "Send", "send what you typed") { When = onCall },
            new("F2", "Calmer", "calmer: anger one step down") { When = onCall, Run = _ => StepAnger(-1) },
            new("F3", "Angrier", "angrier: anger one step up") { When = onCall, Run = _ => StepAnger(+1) },
            new("F4", "End call", "end the call, then 1 resolved, 2 escalated or 3 hung up") { When = onCall, Run = _ => OpenPicker() },
            TabKey("Panes", "to the transcript or the card to scroll them (PgUp/PgDn), Tab back to type") with { When = () => !_picking, OnBar = ScreenKey.Never },
            CloseScoringKey(),
            HelpKey("F1", onBar: () => !_picking),
            BackToLobbyKey() with { When = () => !_picking },
        ]);
    }

    public event EventHandler<string>? MessageSent;
    public event EventHandler<int>? AngerChangeRequested;
    public event EventHandler<CallOutcome>? EndCallRequested;

    public AngerMeter Meter => _meter;

    public bool PickingOutcome => _picking;

    protected override string RoleName => "Customer";

    protected override void OnRoomUpdated(SeenRoom? previous, SeenRoom state)
    {
        _angerTarget = state.Anger;
        _meter.Level = state.Anger;
        if (previous?.Card != state.Card || SideSource.EntryCount == 0)
        {
            ShowCard(state);
        }

        var onCall = state.Phase == DrillPhase.Call;
        _input.Enabled = onCall;
        if (!onCall)
        {
            ClosePicker();
            ShowMessage(PhaseLine(state));
        }
    }

    protected override void FocusDefault() => _input.Field.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_input.Field, Transcript, SideList];

    protected override IEnumerable<string> HelpIntro() => ["You are the customer. Play the card on the right: it is yours alone."];

    protected override IEnumerable<string> HelpNotes() => ["Move the meter honestly: the scorers and the debrief see how your anger went."];

    private ScreenKey Outcome(string name, string label, char letter, CallOutcome outcome) =>
        new(name, label, "")
        {
            Matches = key => key.AsRune.Value == name[0] || key.AsRune.Value == letter,
            When = () => _picking,
            Run = _ =>
            {
                ClosePicker();
                EndCallRequested?.Invoke(this, outcome);
            },
        };

    private void StepAnger(int step)
    {
        var next = Math.Clamp(_angerTarget + step, DrillLimits.MinAnger, DrillLimits.MaxAnger);
        if (next != _angerTarget)
        {
            _angerTarget = next;
            _meter.Level = next;
            AngerChangeRequested?.Invoke(this, next);
        }
    }

    private void OpenPicker()
    {
        _picking = true;
        _input.Visible = false;
        _picker.Visible = true;
    }

    private void ClosePicker()
    {
        if (!_picking)
        {
            return;
        }

        _picking = false;
        _picker.Visible = false;
        _input.Visible = true;
        _input.Field.SetFocus();
        RefreshKeyBar();
    }

    private void ShowCard(SeenRoom state)
    {
        SideSource.Clear();
        if (state.Card is not { } card)
        {
            SideSource.Add(0, "(the card has not arrived yet)");
            return;
        }

        var key = 0;
        SideSource.Add(key++, $"{DisplayText.Clean(card.Brief.Title)} (difficulty {card.Brief.Difficulty})");
        SideSource.Add(key++, $"You are {DisplayText.Clean(card.Brief.CustomerName)}; starting anger {card.StartingAnger}/10");
        if (card.Brief.OpeningLine.Length > 0)
        {
            SideSource.Add(key++, $"Open with: \"{DisplayText.Clean(card.Brief.OpeningLine)}\"");
        }

        foreach (var section in card.Sections)
        {
            SideSource.Add(key++, "");
            SideSource.Add(key++, $"== {DisplayText.Clean(section.Heading)} ==");
            foreach (var line in section.Lines)
            {
                SideSource.Add(key++, "• " + DisplayText.Clean(line));
            }
        }
    }
}

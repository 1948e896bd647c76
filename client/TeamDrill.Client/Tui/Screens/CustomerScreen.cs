using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
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
            if (_picking && PickOutcome(key))
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
        UpdateHints();
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

    protected override IReadOnlyList<KeyHint> Hints() => Room?.Phase == DrillPhase.Call
        ? [new("Enter", "Send"), new("F2", "Calmer"), new("F3", "Angrier"), new("F4", "End call"), new("F1", "Help"), new("Esc", "Lobby")]
        : [new("F1", "Help"), new("Esc", "Lobby")];

    protected override void FocusDefault() => _input.Field.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [_input.Field, Transcript, SideList];

    protected override bool HandleKey(Key key)
    {
        if (_picking)
        {
            return PickOutcome(key);
        }

        if (Room?.Phase == DrillPhase.Call)
        {
            if (key == Key.F2 || key == Key.F3)
            {
                var next = Math.Clamp(_angerTarget + (key == Key.F3 ? 1 : -1), DrillLimits.MinAnger, DrillLimits.MaxAnger);
                if (next != _angerTarget)
                {
                    _angerTarget = next;
                    _meter.Level = next;
                    AngerChangeRequested?.Invoke(this, next);
                }

                return true;
            }

            if (key == Key.F4)
            {
                _picking = true;
                _input.Visible = false;
                _picker.Visible = true;
                KeyBar.SetHints([new("1", "Resolved"), new("2", "Escalated"), new("3", "Hung up"), new("Esc", "Cancel")]);
                return true;
            }
        }

        return base.HandleKey(key);
    }

    protected override IEnumerable<string> HelpLines() =>
    [
        "You are the customer. Play the card on the right: it is yours alone.",
        "",
        "Enter    send what you typed",
        "F2       calmer: anger one step down",
        "F3       angrier: anger one step up",
        "F4       end the call, then 1 resolved, 2 escalated or 3 hung up",
        "PgUp/PgDn  Tab to the transcript or the card to scroll them",
        "Esc      back to the lobby (the drill goes on; Enter on the room returns here)",
        "",
        "Move the meter honestly: the scorers and the debrief see how your anger went.",
    ];

    private bool PickOutcome(Key key)
    {
        CallOutcome? outcome = key.AsRune.Value switch
        {
            '1' or 'r' => CallOutcome.Resolved,
            '2' or 'e' => CallOutcome.Escalated,
            '3' or 'h' => CallOutcome.HungUp,
            _ => null,
        };
        if (outcome is { } chosen)
        {
            ClosePicker();
            EndCallRequested?.Invoke(this, chosen);
            return true;
        }

        if (key == Key.Esc)
        {
            ClosePicker();
            return true;
        }

        return true;
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
        UpdateHints();
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

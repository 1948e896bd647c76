using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// The scorer's one line of peer support: open during scoring until it is sent, then it shows what was
/// sent. Enter raises <see cref="Submitted"/>; a line that is too long stays in the field with the reason.
/// </summary>
public sealed class SupportInput : View
{
    private const string OpenLabel = "Helped? ";
    private readonly Label _label;

    public SupportInput()
    {
        Height = 1;
        CanFocus = true;
        _label = new Label { X = 0, Y = 0, Text = OpenLabel };
        Field = new TextField { X = Pos.Right(_label), Y = 0, Width = Dim.Fill() };
        Field.Accepting += (_, e) =>
        {
            e.Handled = true;
            var text = TextSanitizer.Clean(Field.Text);
            if (text.Length == 0)
            {
                return;
            }

            if (text.Length > Room.MaxSupportLength)
            {
                Refused?.Invoke(this, $"the line of support is {text.Length} characters long; keep it to at most {Room.MaxSupportLength}");
                return;
            }

            Submitted?.Invoke(this, text);
        };
        Add(_label, Field);
        Enabled = Field.Enabled = false;
    }

    public event EventHandler<string>? Submitted;

    public event EventHandler<string>? Refused;

    public TextField Field { get; }

    public string Label => _label.Text;

    /// <summary>Open while scoring and nothing is sent yet; afterwards the sent line, read-only.</summary>
    public void Show(DrillPhase phase, string? sent)
    {
        if (sent is not null)
        {
            _label.Text = "Your support ✔ ";
            Field.Text = sent;
            Enabled = Field.Enabled = false;
            return;
        }

        _label.Text = OpenLabel;
        var open = phase == DrillPhase.Scoring;
        if (!open)
        {
            Field.Text = "";
        }

        Enabled = Field.Enabled = open;
    }
}

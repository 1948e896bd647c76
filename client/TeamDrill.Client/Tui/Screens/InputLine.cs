using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>"> " and a text field; Enter raises <see cref="Submitted"/> with the cleaned text and clears the field.</summary>
public sealed class InputLine : View
{
    public InputLine()
    {
        Height = 1;
        CanFocus = true;
        Field = new TextField { X = 2, Y = 0, Width = Dim.Fill() };
        Field.Accepting += (_, e) =>
        {
            e.Handled = true;
            var text = TextSanitizer.Clean(Field.Text);
            if (text.Length == 0)
            {
                return;
            }

            if (text.Length > DrillLimits.MaxMessageLength)
            {
                text = text[..DrillLimits.MaxMessageLength];
            }

            Field.Text = "";
            Submitted?.Invoke(this, text);
        };
        Add(new Label { X = 0, Y = 0, Text = ">" }, Field);
    }

    public event EventHandler<string>? Submitted;

    public TextField Field { get; }
}

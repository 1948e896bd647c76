using TeamDrill.Client.Tui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>Server address, display name and an optional join code; Enter signs in.</summary>
public sealed class SignInScreen : ScreenBase
{
    private readonly TextField _server;
    private readonly TextField _name;
    private readonly TextField _code;
    private bool _busy;

    public SignInScreen(Palette palette, string server, string name, string code = "")
        : base(palette)
    {
        Title = "TeamDrill — sign in";
        var intro = new Label
        {
            X = 2,
            Y = 1,
            Width = Dim.Fill(2),
            Height = 3,
            Text = "Customer-service drills with your team.\nOne plays a difficult customer, one handles the call, the others score.",
        };
        _server = Field("Server", server, 5);
        _name = Field("Your name", name, 7);
        _code = Field("Join code", code, 9);
        Add(
            intro,
            _server,
            _name,
            _code,
            new Label { X = 18, Y = 10, Text = $"(optional, like {TeamDrill.Shared.Drills.RoomCodes.Example}: empty goes to the lobby)" });
        FocusDefault();

        // Enter and Tab are the fields' own (each field signs in on Enter; Terminal.Gui moves between fields).
        UseKeys(
        [
            new("Enter", "Sign in", "sign in (and join the room when a code is given)"),
            new("Tab", "Next field", "next field; Shift+Tab previous field"),
            HelpKey("F1"),
            BackKey("Quit", "quit"),
        ]);
    }

    public event EventHandler<SignInForm>? SignInRequested;

    public SignInForm Form => new(_server.Text.Trim(), _name.Text.Trim(), _code.Text.Trim());

    public void SetBusy(bool busy)
    {
        _busy = busy;
        if (busy)
        {
            ShowMessage("Signing in…");
        }
    }

    public void ShowError(string message)
    {
        _busy = false;
        ShowMessage("! " + message);
    }

    protected override void FocusDefault() => (_name.Text.Length == 0 ? _name : _code).SetFocus();

    protected override IEnumerable<string> HelpIntro() =>
    [
        "Sign in",
        "",
        "Server     the TeamDrill server, like http://127.0.0.1:5080",
        "Your name  what the others see (up to 32 characters)",
        "Join code  a room code someone gave you; empty to go to the lobby",
    ];

    protected override IEnumerable<string> HelpNotes() => ["The last server and name are remembered for next time."];

    private TextField Field(string caption, string text, int y)
    {
        var field = new TextField { X = 18, Y = y, Width = Dim.Fill(4), Text = text };

        // "▸" marks the field being typed in, colour or not.
        var label = new Label { X = 0, Y = y, Text = "  " + caption };
        field.HasFocusChanged += (_, _) => label.Text = (field.HasFocus ? "▸ " : "  ") + caption;
        Add(label);
        field.Accepting += (_, e) =>
        {
            e.Handled = true;
            if (!_busy)
            {
                SignInRequested?.Invoke(this, Form);
            }
        };
        return field;
    }
}

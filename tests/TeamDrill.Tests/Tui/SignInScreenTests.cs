using TeamDrill.Client.Tui;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Client.Session;
using TeamDrill.Tests.Infrastructure;
using Terminal.Gui.Input;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class SignInScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    [Fact]
    public void enter_signs_in_with_what_was_typed_in_the_three_fields()
    {
        var screen = _ui.Show(new SignInScreen(new Palette(true), "http://127.0.0.1:5080", "Ana"));
        SignInForm? form = null;
        screen.SignInRequested += (_, f) => form = f;

        _ui.Type("abc234");
        _ui.Press(Key.Enter);

        Assert.Equal(new SignInForm("http://127.0.0.1:5080", "Ana", "abc234"), form);
        Assert.Contains("Enter Sign in", _ui.Text);
    }

    [Fact]
    public void tab_moves_to_the_next_field_as_the_key_bar_says()
    {
        var screen = _ui.Show(new SignInScreen(new Palette(true), "http://127.0.0.1:5080", ""));
        SignInForm? form = null;
        screen.SignInRequested += (_, f) => form = f;

        _ui.Type("Ana");
        _ui.Press(Key.Tab);
        _ui.Type("XYZ789");
        _ui.Press(Key.Enter);

        Assert.Equal(new SignInForm("http://127.0.0.1:5080", "Ana", "XYZ789"), form);
    }

    [Fact]
    public void the_remembered_server_and_name_are_prefilled()
    {
        _ui.Show(new SignInScreen(new Palette(true), "http://drills.example:5080", "Bea Remembered"));

        var text = _ui.Text;
        Assert.Contains("http://drills.example:5080", text);
        Assert.Contains("Bea Remembered", text);
    }

    [Fact]
    public void an_error_is_shown_on_the_screen_and_the_form_stays()
    {
        var screen = _ui.Show(new SignInScreen(new Palette(true), "http://127.0.0.1:5080", "Ana"));

        screen.ShowError("cannot reach the server at http://127.0.0.1:5080: Connection refused");

        Assert.Contains("! cannot reach the server at http://127.0.0.1:5080", _ui.Text);
        Assert.Contains("Ana", _ui.Text);
    }

    [Theory]
    [InlineData("ftp://x", "Ana", "", "the server must be an http:// or https:// address")]
    [InlineData("http://127.0.0.1:5080", "", "", "type your name")]
    [InlineData("http://127.0.0.1:5080", "Ana", "AB", "a join code is 6 letters and digits")]
    [InlineData("http://127.0.0.1:5080", "Ana", "ab-123", "a join code is 6 letters and digits")]
    public void a_bad_form_is_refused_with_a_sentence_that_names_the_field(string server, string name, string code, string expected)
    {
        var problem = SignInFlow.Check(new SignInForm(server, name, code), out _, out _, out _);

        Assert.NotNull(problem);
        Assert.StartsWith(expected, problem);
    }

    [Fact]
    public async Task an_unreachable_server_says_so()
    {
        using var folder = new TempFolder();
        var flow = new SignInFlow(new ClientConfigStore(Path.Combine(folder.Path, "config.json")));

        var result = await flow.RunAsync(new SignInForm($"http://127.0.0.1:{FreePorts.Next()}", "Ana", ""));

        Assert.Null(result.Connection);
        Assert.StartsWith("cannot reach the server at http://127.0.0.1:", result.Error);
    }

    [Fact]
    public void esc_asks_to_quit_and_f1_shows_help()
    {
        var screen = _ui.Show(new SignInScreen(new Palette(true), "http://127.0.0.1:5080", "Ana"));
        var back = 0;
        screen.BackRequested += (_, _) => back++;

        _ui.Press(Key.F1);
        Assert.Contains("The last server and name are remembered", _ui.Text);
        _ui.Press(Key.Esc);
        Assert.False(screen.HelpVisible);
        Assert.Equal(0, back);
        _ui.Press(Key.Esc);

        Assert.Equal(1, back);
    }

    public void Dispose() => _ui.Dispose();
}

using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>
/// The few colours the client adds on top of Terminal.Gui's scheme. With NO_COLOR set (any non-empty
/// value, as no-color.org asks) every widget draws in the view's normal attribute and relies on glyphs.
/// </summary>
public sealed class Palette(bool useColor)
{
    public bool UseColor { get; } = useColor;

    public static Palette FromEnvironment(Func<string, string?> getEnvironmentVariable) =>
        new(string.IsNullOrEmpty(getEnvironmentVariable("NO_COLOR")));

    public static Palette Current { get; } = FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Green when calm, yellow when tense, red when angry.</summary>
    public Attribute? ForAnger(int level, Attribute normal) => !UseColor
        ? null
        : new Attribute(level switch
        {
            <= 3 => ColorName16.BrightGreen,
            <= 6 => ColorName16.BrightYellow,
            _ => ColorName16.BrightRed,
        }, normal.Background);

    /// <summary>Score 1..5 from red to green.</summary>
    public Attribute? ForScore(double score, Attribute normal) => !UseColor
        ? null
        : new Attribute(score switch
        {
            < 2.5 => ColorName16.BrightRed,
            < 3.5 => ColorName16.BrightYellow,
            _ => ColorName16.BrightGreen,
        }, normal.Background);

    public Attribute? Accent(Attribute normal) => UseColor ? new Attribute(ColorName16.BrightCyan, normal.Background) : null;

    /// <summary>
    /// With NO_COLOR, the scheme every screen uses: the terminal's own colours (<see cref="Color.None"/>),
    /// focus in reverse video, hot keys and editable fields underlined. Null when colour is on.
    /// </summary>
    public Scheme? Monochrome => UseColor ? null : MonochromeScheme;

    private static readonly Scheme MonochromeScheme = CreateMonochrome();

    private static Scheme CreateMonochrome()
    {
        static Attribute Styled(TextStyle style) => new(Color.None, Color.None, style);
        var normal = Styled(TextStyle.None);
        var focus = Styled(TextStyle.Reverse);
        return new Scheme(normal)
        {
            Normal = normal,
            HotNormal = Styled(TextStyle.Underline),
            Focus = focus,
            HotFocus = Styled(TextStyle.Reverse | TextStyle.Underline),
            Active = focus,
            HotActive = Styled(TextStyle.Reverse | TextStyle.Underline),
            Highlight = Styled(TextStyle.Bold),
            Editable = Styled(TextStyle.Underline),
            ReadOnly = normal,
            Disabled = Styled(TextStyle.Faint),
        };
    }
}

using TeamDrill.Shared.Protocol;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>
/// The anger curve as columns, one per change of level (the last columns when there are more changes
/// than the pane is wide), the height of a column being the level on a 0..10 scale.
/// </summary>
public sealed class AngerCurveView : View
{
    private const string Eighths = " ▁▂▃▄▅▆▇█";
    private readonly Palette _palette;
    private IReadOnlyList<int> _levels = [];

    public AngerCurveView(Palette palette)
    {
        _palette = palette;
        CanFocus = false;
    }

    public IReadOnlyList<int> Levels => _levels;

    public void SetCurve(IEnumerable<AngerPoint> curve)
    {
        _levels = curve.Select(p => Math.Clamp(p.Level, DrillLimits.MinAnger, DrillLimits.MaxAnger)).ToList();
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var height = Viewport.Height;
        var width = Viewport.Width;
        if (height <= 0 || width <= 3)
        {
            return true;
        }

        // Left axis: "10" at the top, " 0" at the bottom.
        Move(0, 0);
        SetAttribute(normal);
        AddStr("10");
        Move(0, height - 1);
        AddStr(" 0");
        var plotWidth = width - 3;
        var levels = _levels.Count > plotWidth ? _levels.Skip(_levels.Count - plotWidth).ToList() : _levels;
        var columnWidth = levels.Count == 0 ? 1 : Math.Clamp(plotWidth / levels.Count, 1, 3);
        for (var x = 0; x < levels.Count * columnWidth; x++)
        {
            var level = levels[x / columnWidth];
            var eighths = (int)Math.Round(level * height * 8.0 / DrillLimits.MaxAnger);
            SetAttribute(_palette.ForAnger(level, normal) ?? normal);
            for (var y = 0; y < height; y++)
            {
                var fromBottom = height - 1 - y;
                var filled = Math.Clamp(eighths - (fromBottom * 8), 0, 8);
                Move(3 + x, y);
                AddRune(Eighths[filled]);
            }
        }

        if (levels.Count == 0)
        {
            Move(3, height / 2);
            SetAttribute(normal);
            AddStr("(no anger changes)");
        }

        return true;
    }
}

using System.Globalization;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>One bar per rubric criterion: the consensus on 1..5, with the agreement (how far apart the scorers were).</summary>
public sealed class ConsensusChart : View
{
    private const int NameWidth = 18;
    private readonly Palette _palette;
    private IReadOnlyList<CriterionConsensus> _rows = [];

    public ConsensusChart(Palette palette)
    {
        _palette = palette;
        CanFocus = false;
    }

    public void SetConsensus(IReadOnlyList<CriterionConsensus> rows)
    {
        _rows = rows;
        SetNeedsDraw();
    }

    /// <summary>"agree" when every scorer gave the same score, else the spread ("±1" for scores 3 and 4).</summary>
    public static string Agreement(CriterionConsensus row) => row switch
    {
        { Min: { } min, Max: { } max } when max == min => "agree",
        { Min: { } min, Max: { } max } => "spread " + (max - min).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    public static string Line(CriterionConsensus row, int barWidth)
    {
        var name = TextWrap.Fit(row.Name.Length > 0 ? row.Name : row.CriterionId, NameWidth);
        if (row.Consensus is not { } value)
        {
            return $"{name} {new string('·', barWidth)} N/A";
        }

        var filled = (int)Math.Round(value / DrillLimits.MaxScore * barWidth);
        var bar = new string('█', filled) + new string('░', barWidth - filled);
        return $"{name} {bar} {value.ToString("0.0", CultureInfo.InvariantCulture)} {Agreement(row)}";
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        var barWidth = Math.Clamp(Viewport.Width - NameWidth - 14, 5, 20);
        for (var i = 0; i < _rows.Count && i < Viewport.Height; i++)
        {
            var row = _rows[i];
            var line = Line(row, barWidth);
            Move(0, i);
            SetAttribute(normal);
            AddStr(TextWrap.Fit(line[..(NameWidth + 1)], NameWidth + 1));
            SetAttribute(row.Consensus is { } value ? _palette.ForScore(value, normal) ?? normal : normal);
            AddStr(line.Substring(NameWidth + 1, barWidth));
            SetAttribute(normal);
            AddStr(TextWrap.Fit(line[(NameWidth + 1 + barWidth)..], Math.Max(0, Viewport.Width - NameWidth - 1 - barWidth)));
        }

        return true;
    }
}

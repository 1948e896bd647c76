using TeamDrill.Shared.Protocol;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace TeamDrill.Client.Tui.Widgets;

/// <summary>"Anger ██████░░░░ 6/10": filled blocks carry the level without colour; colour only adds to it.</summary>
public sealed class AngerMeter : View
{
    private readonly Palette _palette;
    private int _level;

    public AngerMeter(Palette palette)
    {
        _palette = palette;
        Height = 1;
        CanFocus = false;
    }

    public int Level
    {
        get => _level;
        set
        {
            _level = Math.Clamp(value, DrillLimits.MinAnger, DrillLimits.MaxAnger);
            SetNeedsDraw();
        }
    }

    public static string Bar(int level) =>
        new string('█', level) + new string('░', DrillLimits.MaxAnger - level);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        Move(0, 0);
        SetAttribute(normal);
        AddStr("Anger ");
        SetAttribute(_palette.ForAnger(_level, normal) ?? normal);
        AddStr(Bar(_level));
        SetAttribute(normal);
        AddStr($" {_level}/{DrillLimits.MaxAnger}");
        return true;
    }
}

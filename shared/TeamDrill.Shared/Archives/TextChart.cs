namespace TeamDrill.Shared.Archives;

/// <summary>Horizontal bars of █ on a track of ░, for charts in plain text and Markdown code blocks.</summary>
public static class TextChart
{
    public const char Full = '█';
    public const char Empty = '░';

    /// <summary>A bar <paramref name="width"/> characters long, filled in proportion to value on 0..max (rounded to the nearest character).</summary>
    public static string Bar(double value, double max, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        var filled = (int)Math.Round(Math.Clamp(value / max, 0, 1) * width, MidpointRounding.AwayFromZero);
        return new string(Full, filled) + new string(Empty, width - filled);
    }
}

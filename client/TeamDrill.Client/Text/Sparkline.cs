using System.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Text;

/// <summary>A row of block characters, one per value, lowest block for 0 and full block for the maximum.</summary>
public static class Sparkline
{
    private const string Blocks = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    public static string Render(IEnumerable<int> values, int max = DrillLimits.MaxAnger)
    {
        var sb = new StringBuilder();
        foreach (var value in values)
        {
            var clamped = Math.Clamp(value, 0, max);
            var index = max == 0 ? 0 : (int)Math.Round(clamped * (Blocks.Length - 1) / (double)max, MidpointRounding.AwayFromZero);
            sb.Append(Blocks[index]);
        }

        return sb.ToString();
    }
}

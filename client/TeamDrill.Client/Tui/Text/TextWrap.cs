using System.Text;

namespace TeamDrill.Client.Tui.Text;

/// <summary>Word wrapping for fixed-width panes; a word longer than the width is cut.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Wrap(string text, int width, string indent = "")
    {
        width = Math.Max(width, indent.Length + 4);
        if (text.Length <= width)
        {
            // Fits as it is: keep its spacing (columns line up).
            return [text];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word;
            while (piece.Length > 0)
            {
                var separator = line.Length > indent.Length || (line.Length > 0 && lines.Count == 0) ? 1 : 0;
                var room = width - line.Length - separator;
                if (piece.Length <= room)
                {
                    line.Append(' ', separator).Append(piece);
                    piece = "";
                }
                else if (separator == 1)
                {
                    lines.Add(line.ToString());
                    line.Clear().Append(indent);
                }
                else
                {
                    // A word longer than a whole line: cut it.
                    var take = Math.Max(1, width - line.Length);
                    line.Append(piece[..take]);
                    piece = piece[take..];
                    lines.Add(line.ToString());
                    line.Clear().Append(indent);
                }
            }
        }

        if (line.Length > indent.Length || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Cuts or pads to exactly <paramref name="width"/> characters.</summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        return text.Length > width ? text[..Math.Max(0, width - 1)] + "…" : text.PadRight(width);
    }
}

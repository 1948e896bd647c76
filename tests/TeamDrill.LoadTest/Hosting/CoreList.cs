using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamDrill.LoadTest.Hosting;

/// <summary>A CPU list in <c>taskset -c</c> form (<c>0</c>, <c>1-3</c>, <c>0,2</c>), checked against the cores this machine has.</summary>
public sealed partial record CoreList(string Text, IReadOnlyList<int> Cores)
{
    public override string ToString() => Text;

    public static bool TryParse(string text, out CoreList? cores, out string problem)
    {
        cores = null;
        problem = "";
        if (!ListPattern().IsMatch(text))
        {
            problem = $"'{text}' is not a CPU list; write it like 0, 1-3 or 0,2.";
            return false;
        }

        var online = OnlineCores();
        var list = new SortedSet<int>();
        foreach (var part in text.Split(','))
        {
            var ends = part.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var (from, to) = (ends[0], ends[^1]);
            if (to < from)
            {
                problem = $"'{part}' in '{text}' runs backwards.";
                return false;
            }

            for (var core = from; core <= to; core++)
            {
                if (!online.Contains(core))
                {
                    problem = $"core {core} in '{text}' is not online here (online: {string.Join(",", online)}).";
                    return false;
                }

                list.Add(core);
            }
        }

        cores = new CoreList(text, [.. list]);
        return true;
    }

    /// <summary>The cores Linux lists in <c>/sys/devices/system/cpu/online</c>; 0..ProcessorCount-1 without it.</summary>
    private static HashSet<int> OnlineCores()
    {
        const string path = "/sys/devices/system/cpu/online";
        if (!File.Exists(path))
        {
            return [.. Enumerable.Range(0, Environment.ProcessorCount)];
        }

        var cores = new HashSet<int>();
        foreach (var part in File.ReadAllText(path).Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            for (var core = ends[0]; core <= ends[^1]; core++)
            {
                cores.Add(core);
            }
        }

        return cores;
    }

    [GeneratedRegex(@"^\d+(-\d+)?(,\d+(-\d+)?)*$")]
    private static partial Regex ListPattern();
}

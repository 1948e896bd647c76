using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Text;

/// <summary>The debrief's after-the-call part as both clients word it: the agent's reflection and the scorers' peer support.</summary>
public static class AfterCallText
{
    public const string SupportHeading = "Peer support, one thing that helped:";

    /// <summary>
    /// The reflection in one line, or null when the agent wrote none. A reflection with only what worked
    /// (every one-line reflection from before the two parts) reads as it always did.
    /// </summary>
    public static string? Reflection(Debrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        var worked = debrief.Reflection;
        var different = debrief.ReflectionDoDifferently;
        return (worked, different) switch
        {
            (null, null) => null,
            (_, null) => Quote(worked),
            (null, _) => $"would do differently {Quote(different)}",
            _ => $"worked {Quote(worked)} · would do differently {Quote(different)}",
        };
    }

    /// <summary>"Name: "text"" per line of support, in the order written.</summary>
    public static IEnumerable<string> Support(Debrief debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        return debrief.SupportLines.Select(l => $"{DisplayText.Clean(l.ScorerName)}: {Quote(l.Text)}");
    }

    private static string Quote(string text) => $"\"{DisplayText.Clean(text)}\"";
}

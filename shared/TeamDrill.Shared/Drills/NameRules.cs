using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>Display names: sanitized, non-empty, at most <see cref="DrillLimits.MaxNameLength"/> characters.</summary>
public static class NameRules
{
    public static string Clean(string? name)
    {
        var clean = TextSanitizer.Clean(name);
        if (clean.Length == 0)
        {
            throw new DrillRuleException("A display name needs at least one visible character.");
        }

        if (clean.Length > DrillLimits.MaxNameLength)
        {
            throw new DrillRuleException($"A display name is at most {DrillLimits.MaxNameLength} characters; '{clean[..12]}...' has {clean.Length}.");
        }

        return clean;
    }
}

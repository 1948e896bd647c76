using System.Globalization;
using System.Text;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// Display names: sanitized, with no zero-width joiner (a name has no reason to hide one), at least one
/// character that shows on its own, at most <see cref="DrillLimits.MaxNameLength"/> characters.
/// </summary>
public static class NameRules
{
    public static string Clean(string? name)
    {
        var clean = TextSanitizer.Clean(TextSanitizer.Clean(name).Replace("\u200D", "", StringComparison.Ordinal));
        if (clean.Length == 0)
        {
            throw new DrillRuleException("A display name needs at least one visible character.");
        }

        if (!clean.EnumerateRunes().Any(ShowsOnItsOwn))
        {
            throw new DrillRuleException("A display name needs a letter, digit or symbol; combining marks alone show as nothing.");
        }

        if (clean.Length > DrillLimits.MaxNameLength)
        {
            throw new DrillRuleException($"A display name is at most {DrillLimits.MaxNameLength} characters; '{clean[..12]}...' has {clean.Length}.");
        }

        return clean;
    }

    /// <summary>True when two names read the same on a screen: same letters after case folding, look-alike letters from other scripts and invisible characters.</summary>
    public static bool LookAlike(string a, string b) =>
        string.Equals(ConfusableSkeleton.Of(a), ConfusableSkeleton.Of(b), StringComparison.Ordinal);

    private static bool ShowsOnItsOwn(Rune rune) =>
        rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark);
}

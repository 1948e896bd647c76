using System.Security.Cryptography;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// Every action that changes a room carries an id its client chose, so a call resent after a lost answer
/// is recognised and not done twice (see docs/storage.md, "Action ids").
/// </summary>
public static class ActionIds
{
    public const int MinLength = 8;
    public const int MaxLength = 32;

    // Lower-case letters and digits: easy to read in a log, and 12 of them (about 62 bits) never meet by chance.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh id for one action; a retry of that action sends the same id again.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>True for 8 to 32 ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsValid(string? actionId) =>
        actionId is { Length: >= MinLength and <= MaxLength } && actionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Refuses a missing or malformed id with a sentence; the call then changes nothing.</summary>
    public static string Require(string? actionId) => IsValid(actionId)
        ? actionId!
        : throw new DrillRuleException(
            $"Each action needs an id of {MinLength} to {MaxLength} letters, digits, '-' or '_' chosen by the client; "
            + "this one had none that fits, so nothing changed.");
}

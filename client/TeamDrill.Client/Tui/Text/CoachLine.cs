using TeamDrill.Shared.Content;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Tui.Text;

/// <summary>The agent's private coach: what the phrasebook says about the message being typed. Never sent anywhere.</summary>
public static class CoachLine
{
    public static string For(IReadOnlyList<PhraseHit> hits)
    {
        if (hits.FirstOrDefault(h => h.Kind == PhraseKind.Avoid) is { } avoid)
        {
            return $"Coach: avoid \"{TextSanitizer.Clean(avoid.Text)}\": {avoid.Why} Try: {avoid.Instead}";
        }

        if (hits.FirstOrDefault() is { } good)
        {
            return $"Coach: good, that is {good.Kind.ToString().ToLowerInvariant()}. {good.Why}";
        }

        return "";
    }
}

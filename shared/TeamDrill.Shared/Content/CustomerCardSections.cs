using System.Globalization;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Content;

/// <summary>Writes a card's private part as headed sections of plain sentences for the player of the customer.</summary>
public static class CustomerCardSections
{
    public const string WhoYouAre = "Who you are";
    public const string YourSituation = "Your situation";
    public const string HiddenFacts = "Hidden facts (reveal only if asked the right question)";
    public const string RaisesAnger = "What raises your anger";
    public const string CalmsYou = "What calms you";
    public const string YouAccept = "What you will accept";
    public const string YouRefuse = "What you will not accept";
    public const string Supervisor = "When you demand a supervisor";
    public const string CrossingTheLine = "Crossing the line";

    public static IReadOnlyList<CardSection> For(PromptCard card)
    {
        var p = card.Persona;
        return
        [
            Section(WhoYouAre,
                $"You are {p.Name}, {p.Age.ToString(CultureInfo.InvariantCulture)}. The agent should call you {p.AddressAs}.",
                Sentence(p.Background),
                $"Temperament: {Sentence(p.Temperament)}"),
            Section(YourSituation,
                Sentence(card.Situation),
                $"Your anger starts at {card.StartingAnger.ToString(CultureInfo.InvariantCulture)} out of 10.",
                $"You open the call with: \"{card.OpeningLine}\""),
            Section(HiddenFacts, [.. card.HiddenFacts.Select(h => $"{Sentence(h.Fact)} Say this only if {Unsentence(h.RevealIf)}.")]),
            Section(RaisesAnger, [.. card.Triggers.Select(t => $"+{t.Amount.ToString(CultureInfo.InvariantCulture)} if {Unsentence(t.When)}")]),
            Section(CalmsYou, [.. card.Soothers.Select(s => $"-{s.Amount.ToString(CultureInfo.InvariantCulture)} if {Unsentence(s.When)}")]),
            Section(YouAccept, [.. card.Accepts.Select(Sentence)]),
            Section(YouRefuse, [.. card.Rejects.Select(Sentence)]),
            Section(Supervisor, Sentence(card.DemandsSupervisor)),
            Section(CrossingTheLine, CrossingLines(card.CrossesLine)),
        ];
    }

    private static string[] CrossingLines(LineCrossing? crossing)
    {
        if (crossing is null)
        {
            return ["You stay within the line in this call: no insults, no cursing, no threats, however angry you get."];
        }

        var lines = new List<string> { $"When: {Sentence(crossing.When)}", $"What you do: {Sentence(crossing.Does)}" };
        if (crossing.AfterBoundary is not null)
        {
            lines.Add($"Once the agent sets a calm, fair boundary: {Sentence(crossing.AfterBoundary)}");
        }

        return [.. lines];
    }

    private static CardSection Section(string heading, params string[] lines) => new() { Heading = heading, Lines = lines };

    /// <summary>Capitalised and ending in punctuation, so each line reads as a sentence.</summary>
    private static string Sentence(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var first = char.ToUpperInvariant(text[0]) + text[1..];
        return first[^1] is '.' or '!' or '?' or '"' or '\'' ? first : first + ".";
    }

    /// <summary>A clause to follow "if": no trailing full stop.</summary>
    private static string Unsentence(string text) => text.TrimEnd('.');
}

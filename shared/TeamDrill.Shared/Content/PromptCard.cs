using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Content;

/// <summary>
/// A drill scenario: the customer's private card (persona, situation, hidden facts, what moves their
/// anger, what they accept) and the agent's public brief.
/// </summary>
public sealed class PromptCard
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One of <see cref="SituationFamilies.Ids"/>.</summary>
    public required string Family { get; init; }

    /// <summary>1 (gentle) to 5 (hardest).</summary>
    public required int Difficulty { get; init; }

    /// <summary>Ids of the rubric criteria this card stresses.</summary>
    public required IReadOnlyList<string> Criteria { get; init; }

    public required Persona Persona { get; init; }

    /// <summary>The situation as the customer knows it.</summary>
    public required string Situation { get; init; }

    public required string OpeningLine { get; init; }

    public required IReadOnlyList<HiddenFact> HiddenFacts { get; init; }

    /// <summary>0 to 10.</summary>
    public required int StartingAnger { get; init; }

    public required IReadOnlyList<AngerShift> Triggers { get; init; }

    public required IReadOnlyList<AngerShift> Soothers { get; init; }

    public required IReadOnlyList<string> Accepts { get; init; }

    public required IReadOnlyList<string> Rejects { get; init; }

    /// <summary>When the customer demands a supervisor.</summary>
    public required string DemandsSupervisor { get; init; }

    /// <summary>Null when the customer never crosses the line in this call.</summary>
    public LineCrossing? CrossesLine { get; init; }

    public required AgentBrief AgentBrief { get; init; }

    /// <summary>Private hints for the agent in practice drills.</summary>
    public IReadOnlyList<string> CoachHints { get; init; } = [];

    /// <summary>The file the card came from, for messages.</summary>
    public string SourceFile { get; init; } = "";

    public PublicBrief ToPublicBrief() => new()
    {
        CardId = Id,
        Title = Title,
        Difficulty = Difficulty,
        CustomerName = Persona.AddressAs,
        AccountSummary = AgentBrief.AccountSummary,
        Facts = [.. AgentBrief.Facts, .. AgentBrief.History],
        OpeningLine = OpeningLine,
        Criteria = Criteria,
    };

    public CustomerCard ToCustomerCard() => new()
    {
        Brief = ToPublicBrief(),
        StartingAnger = StartingAnger,
        Sections = CustomerCardSections.For(this),
    };
}

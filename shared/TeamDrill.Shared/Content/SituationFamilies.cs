namespace TeamDrill.Shared.Content;

/// <summary>The situation families a card's 'family' field may name. A deck should have at least one card of each.</summary>
public static class SituationFamilies
{
    public static IReadOnlyList<SituationFamily> All { get; } =
    [
        new("delayed-order", "An order that is late or has not arrived"),
        new("mismatched-expectations", "What arrived or happened is not what the customer expected"),
        new("faulty-product", "A product that does not work as it should"),
        new("flat-pack-assembly", "Assembly goes wrong because the caller skipped a step the agent must spot"),
        new("bad-day", "A caller having a terrible day for reasons unrelated to the company"),
        new("billing-error", "A wrong charge, double charge or missing refund"),
        new("broken-callback", "A repeat contact after a promised callback never came"),
        new("long-rant", "A caller who rants at length and must be allowed to finish"),
        new("abusive-caller", "A caller who curses or insults; a boundary without quoting policy"),
        new("threatening-caller", "A caller who threatens; escalate to a supervisor or security"),
        new("manager-demand", "A caller who demands a manager at once"),
        new("unreasonable-demand", "A demand the company cannot meet"),
        new("social-media-threat", "A threat to go public on social media"),
        new("partly-at-fault", "A customer partly at fault; ownership without blame"),
        new("positive-refusal", "A refusal that must be framed positively"),
    ];

    public static IReadOnlyList<string> Ids { get; } = All.Select(f => f.Id).ToList();

    public static SituationFamily? Find(string id) => All.FirstOrDefault(f => f.Id == id);
}

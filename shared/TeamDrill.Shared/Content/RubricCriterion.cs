using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Content;

/// <summary>One thing scorers rate from 1 to 5, with a behavioural anchor for each score.</summary>
public sealed class RubricCriterion
{
    public RubricCriterion(string id, string name, string definition, IReadOnlyList<string> anchors, bool allowsNotApplicable)
    {
        if (anchors.Count != 5)
        {
            throw new ArgumentException("A criterion needs exactly five anchors, for scores 1 to 5.", nameof(anchors));
        }

        Id = id;
        Name = name;
        Definition = definition;
        Anchors = anchors;
        AllowsNotApplicable = allowsNotApplicable;
    }

    public string Id { get; }

    public string Name { get; }

    public string Definition { get; }

    /// <summary>What a call at each score looks like; index 0 is score 1.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>True when a scorer may say N/A because the call never needed this.</summary>
    public bool AllowsNotApplicable { get; }

    public string AnchorFor(int score) => Anchors[score - 1];

    public RubricCriterionView ToView() => new()
    {
        Id = Id,
        Name = Name,
        Definition = Definition,
        Anchors = Anchors,
        AllowsNotApplicable = AllowsNotApplicable,
    };
}

using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Content;

/// <summary>The scoring rubric, in the order scorers fill it.</summary>
public sealed class Rubric
{
    public Rubric(IReadOnlyList<RubricCriterion> criteria)
    {
        Criteria = criteria;
    }

    public IReadOnlyList<RubricCriterion> Criteria { get; }

    public RubricCriterion? Find(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    public bool Defines(string id) => Find(id) is not null;

    public IReadOnlyList<RubricCriterionView> ToViews() => Criteria.Select(c => c.ToView()).ToList();
}

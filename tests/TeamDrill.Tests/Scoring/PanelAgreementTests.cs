using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using static TeamDrill.Tests.Scoring.Panel;

namespace TeamDrill.Tests.Scoring;

public sealed class PanelAgreementTests
{
    [Fact]
    public void a_drill_panel_is_criteria_by_scorers_with_not_applicable_as_missing()
    {
        // The Krippendorff (2011) example C matrix spread over four drills of three criteria, four scorers:
        // the same units, so the same published values (ordinal 0.815, interval 0.849).
        int?[][] units =
        [
            [1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
            [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, 3, null, null],
        ];
        var drills = Enumerable.Range(0, 4).Select(d =>
            (IReadOnlyList<RubricSheet>)Enumerable.Range(0, 4).Select(scorer =>
                Sheet($"s{scorer}", units[d * 3][scorer], units[(d * 3) + 1][scorer], units[(d * 3) + 2][scorer])).ToList()).ToList();

        var agreement = PanelAgreement.ForDrills(CriterionIds, drills);

        Assert.Equal(0.815, Math.Round(agreement.Ordinal.Alpha!.Value, 3));
        Assert.Equal(0.849, Math.Round(agreement.Interval.Alpha!.Value, 3));
        Assert.Equal(0.743, Math.Round(agreement.Nominal.Alpha!.Value, 3));
    }

    [Fact]
    public void one_drill_with_a_panel_that_agrees_on_varied_scores_has_full_agreement()
    {
        var agreement = PanelAgreement.ForDrill(Rubric, [Sheet("ana", 4, 2, null), Sheet("bo", 4, 2, 5), Sheet("cy", 4, 2, 5)]);

        Assert.Equal(1.0, agreement.Ordinal.Alpha);
        Assert.Equal(1.0, agreement.Interval.Alpha);
    }

    [Fact]
    public void one_scorer_gives_not_enough_data()
    {
        var agreement = PanelAgreement.ForDrill(Rubric, [Sheet("ana", 4, 2, 5)]);

        Assert.Null(agreement.Ordinal.Alpha);
        Assert.Null(agreement.Interval.Alpha);
        Assert.NotNull(agreement.Interval.Reason);
    }

    [Fact]
    public void every_value_not_applicable_gives_not_enough_data()
    {
        var agreement = PanelAgreement.ForDrill(Rubric, [Sheet("ana", null, null, null), Sheet("bo", null, null, null)]);

        Assert.Null(agreement.Ordinal.Alpha);
        Assert.Equal(0, agreement.Ordinal.PairableValues);
    }

    [Fact]
    public void all_scorers_giving_the_same_score_on_every_criterion_gives_not_enough_data()
    {
        var agreement = PanelAgreement.ForDrill(Rubric, [Sheet("ana", 3, 3, 3), Sheet("bo", 3, 3, 3)]);

        Assert.Null(agreement.Interval.Alpha);
        Assert.Contains("no variation", agreement.Interval.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_season_pools_drills_with_different_panels()
    {
        IReadOnlyList<RubricSheet>[] drills =
        [
            [Sheet("ana", 4, 2, 3), Sheet("bo", 4, 2, 3)],
            [Sheet("cy", 1, 5, null), Sheet("dee", 1, 5, null), Sheet("ed", 1, 5, 2)],
        ];

        Assert.Equal(1.0, PanelAgreement.ForDrills(CriterionIds, drills).Interval.Alpha);
        Assert.Equal(5, PanelAgreement.ForDrills(CriterionIds, drills).Interval.Units);
    }
}

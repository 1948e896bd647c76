using TeamDrill.Client.LineMode;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Tests.Client;

/// <summary>The console debrief's agreement and calibration lines, as a player reads them.</summary>
public sealed class DebriefFiguresTextTests
{
    private static IReadOnlyList<string> Lines(DebriefFigures figures) => DebriefFormatter.Format(new Debrief { Figures = figures }).ToList();

    [Fact]
    public void one_drills_alpha_is_called_indicative_with_its_paired_values()
    {
        var lines = Lines(new DebriefFigures
        {
            OrdinalAlpha = new AgreementFigure { Alpha = 0.8, PairableValues = 18 },
            IntervalAlpha = new AgreementFigure { Alpha = 0.75, PairableValues = 18 },
        });

        Assert.Contains(
            "  agreement (Krippendorff's alpha, indicative for one drill: 18 paired values; trust the round's and season's): ordinal 0.800, interval 0.750",
            lines);
    }

    [Fact]
    public void with_one_scorer_the_debrief_says_why_there_is_no_agreement_figure_once()
    {
        var none = new AgreementFigure { Reason = DebriefFiguresBuilder.OneScorerReason };

        var lines = Lines(new DebriefFigures { OrdinalAlpha = none, IntervalAlpha = none });

        Assert.Contains("  agreement (Krippendorff's alpha): not enough data: one scorer, and agreement needs at least two scoring the same call", lines);
    }

    [Fact]
    public void two_scorers_are_shown_apart_from_each_other_not_lenient_or_strict()
    {
        var lines = Lines(new DebriefFigures
        {
            Calibration = [new ScorerCalibration { ScorerName = "Cy", Distance = 2, Bias = 2, Leaning = "two scorers" }],
        });

        Assert.Contains("  calibration Cy: 2.0 points apart from the other scorer, two scorers", lines);
    }
}

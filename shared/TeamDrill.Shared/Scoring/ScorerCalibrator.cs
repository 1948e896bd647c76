using System.Globalization;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Scores the scorers. On each drill × criterion where three or more scorers gave a number, a scorer's
/// difference is their score minus the panel median (themselves included), so a scorer who agrees with
/// the median differs by exactly zero. Where only two gave a number, the difference is the full gap to
/// the other scorer: it says how far apart they are, not which one is off, and never feeds a label.
/// A scorer is lenient or strict only when their mean difference from the median is beyond
/// <see cref="MinimumBias"/> and beyond twice the panel's own spread over the square root of the number
/// of comparisons (what chance alone explains), over at least <see cref="MinimumComparisons"/> of them.
/// </summary>
public static class ScorerCalibrator
{
    /// <summary>A quarter of a rubric point: below it a leaning is too small to matter, however sure.</summary>
    public const double MinimumBias = 0.25;

    /// <summary>Comparisons with a panel of three or more needed before a leaning is called (half a drill's rubric).</summary>
    public const int MinimumComparisons = 5;

    /// <summary>How many standard errors of the panel's spread a bias must exceed (about 95 % under chance).</summary>
    public const double StandardErrors = 2.0;

    public static IReadOnlyList<CalibrationFinding> ForDrill(IReadOnlyList<RubricCriterionView> rubric, IReadOnlyList<RubricSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return ForDrills(rubric.Select(c => c.Id).ToList(), [sheets]);
    }

    /// <summary>Calibration over many drills (a round or a season), in order of first appearance of each scorer.</summary>
    public static IReadOnlyList<CalibrationFinding> ForDrills(IReadOnlyList<string> criterionIds, IEnumerable<IReadOnlyList<RubricSheet>> drills)
    {
        ArgumentNullException.ThrowIfNull(criterionIds);
        ArgumentNullException.ThrowIfNull(drills);
        var scorers = new List<string>();
        var names = new Dictionary<string, string>();
        var comparisons = new Dictionary<(string Scorer, string Criterion), List<Comparison>>();
        foreach (var sheets in drills)
        {
            foreach (var sheet in sheets)
            {
                if (!names.ContainsKey(sheet.ScorerId))
                {
                    scorers.Add(sheet.ScorerId);
                }

                names[sheet.ScorerId] = sheet.ScorerName;
            }

            foreach (var criterion in criterionIds)
            {
                Compare(sheets, criterion, comparisons);
            }
        }

        return scorers.Select(scorer => Summarize(scorer, names[scorer], criterionIds, comparisons)).ToList();
    }

    /// <summary>Lenient above +<paramref name="threshold"/>, strict below −<paramref name="threshold"/>, balanced between.</summary>
    public static ScorerLeaning LeaningOf(double bias, double threshold) =>
        bias > threshold ? ScorerLeaning.Lenient
        : bias < -threshold ? ScorerLeaning.Strict
        : ScorerLeaning.Balanced;

    /// <summary>The distance from zero a bias over <paramref name="comparisons"/> must pass, given the panel's spread.</summary>
    public static double ThresholdFor(double panelSpread, int comparisons) =>
        Math.Max(MinimumBias, StandardErrors * panelSpread / Math.Sqrt(comparisons));

    private static void Compare(IReadOnlyList<RubricSheet> sheets, string criterion, Dictionary<(string, string), List<Comparison>> comparisons)
    {
        var scored = sheets.Select(s => (s.ScorerId, Score: Score(s, criterion))).Where(s => s.Score.HasValue)
            .Select(s => (s.ScorerId, Score: s.Score!.Value)).ToList();
        if (scored.Count < 2)
        {
            return;
        }

        var numbers = scored.Select(s => s.Score).ToList();
        var median = ConsensusCalculator.Median(numbers)!.Value;
        var spread = ConsensusCalculator.StandardDeviation(numbers)!.Value;
        for (var i = 0; i < scored.Count; i++)
        {
            var (scorer, own) = scored[i];
            var comparison = scored.Count == 2
                ? new Comparison(own - scored[1 - i].Score, WithPanel: false, 0)
                : new Comparison(own - median, WithPanel: true, spread * spread);
            if (!comparisons.TryGetValue((scorer, criterion), out var list))
            {
                comparisons[(scorer, criterion)] = list = [];
            }

            list.Add(comparison);
        }
    }

    private static CalibrationFinding Summarize(
        string scorer, string name, IReadOnlyList<string> criterionIds, Dictionary<(string, string), List<Comparison>> comparisons)
    {
        var perCriterion = new List<CriterionCalibration>();
        var all = new List<Comparison>();
        foreach (var criterion in criterionIds)
        {
            if (comparisons.TryGetValue((scorer, criterion), out var list) && list.Count > 0)
            {
                perCriterion.Add(new CriterionCalibration(
                    criterion, list.Count, list.Average(c => Math.Abs(c.Difference)), list.Average(c => c.Difference)));
                all.AddRange(list);
            }
            else
            {
                perCriterion.Add(new CriterionCalibration(criterion, 0, null, null));
            }
        }

        if (all.Count == 0)
        {
            return new CalibrationFinding(scorer, name, perCriterion, 0, null, null, ScorerLeaning.NotEnoughData,
                "not enough data: no other scorer gave a number on a criterion this scorer scored");
        }

        var distance = all.Average(c => Math.Abs(c.Difference));
        var withPanel = all.Where(c => c.WithPanel).ToList();
        if (withPanel.Count == 0)
        {
            return new CalibrationFinding(scorer, name, perCriterion, all.Count, distance, all.Average(c => c.Difference), ScorerLeaning.PairOnly,
                $"scored beside one other scorer only: {F(distance)} points apart on average; with two scorers nobody can tell which one is off");
        }

        var bias = withPanel.Average(c => c.Difference);
        if (withPanel.Count < MinimumComparisons)
        {
            return new CalibrationFinding(scorer, name, perCriterion, all.Count, distance, bias, ScorerLeaning.NotEnoughData,
                $"not enough data: {withPanel.Count} comparisons with a panel of three or more; a leaning needs {MinimumComparisons}");
        }

        var spread = Math.Sqrt(withPanel.Average(c => c.PanelVariance));
        var threshold = ThresholdFor(spread, withPanel.Count);
        return new CalibrationFinding(scorer, name, perCriterion, all.Count, distance, bias, LeaningOf(bias, threshold), null, threshold);
    }

    private static int? Score(RubricSheet sheet, string criterion) =>
        sheet.Scores.TryGetValue(criterion, out var score) ? score : null;

    private static string F(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);

    /// <summary>One scorer's difference on one drill × criterion; the panel's variance there when three or more scored.</summary>
    private readonly record struct Comparison(double Difference, bool WithPanel, double PanelVariance);
}

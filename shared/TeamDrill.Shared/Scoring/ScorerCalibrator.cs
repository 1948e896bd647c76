using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Scoring;

/// <summary>
/// Scores the scorers: for each scorer and criterion, the difference between their score and the mean
/// of the other scorers' scores (N/A left out on both sides). A scorer whose mean signed difference is
/// above +<see cref="LeaningThreshold"/> is lenient, below −<see cref="LeaningThreshold"/> strict.
/// </summary>
public static class ScorerCalibrator
{
    /// <summary>A quarter of a rubric point: half a point on every other criterion, less than one point in four.</summary>
    public const double LeaningThreshold = 0.25;

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
        var differences = new Dictionary<(string Scorer, string Criterion), List<double>>();
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
                for (var i = 0; i < sheets.Count; i++)
                {
                    if (Score(sheets[i], criterion) is not int own)
                    {
                        continue;
                    }

                    var others = sheets.Where((_, j) => j != i).Select(s => Score(s, criterion)).OfType<int>().ToList();
                    if (others.Count == 0)
                    {
                        continue;
                    }

                    var key = (sheets[i].ScorerId, criterion);
                    if (!differences.TryGetValue(key, out var list))
                    {
                        differences[key] = list = [];
                    }

                    list.Add(own - others.Average());
                }
            }
        }

        return scorers.Select(scorer => Summarize(scorer, names[scorer], criterionIds, differences)).ToList();
    }

    public static ScorerLeaning LeaningOf(double bias) =>
        bias > LeaningThreshold ? ScorerLeaning.Lenient
        : bias < -LeaningThreshold ? ScorerLeaning.Strict
        : ScorerLeaning.Balanced;

    private static CalibrationFinding Summarize(
        string scorer, string name, IReadOnlyList<string> criterionIds, Dictionary<(string, string), List<double>> differences)
    {
        var perCriterion = new List<CriterionCalibration>();
        var all = new List<double>();
        foreach (var criterion in criterionIds)
        {
            if (differences.TryGetValue((scorer, criterion), out var list) && list.Count > 0)
            {
                perCriterion.Add(new CriterionCalibration(criterion, list.Count, list.Average(Math.Abs), list.Average()));
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

        var bias = all.Average();
        return new CalibrationFinding(scorer, name, perCriterion, all.Count, all.Average(Math.Abs), bias, LeaningOf(bias), null);
    }

    private static int? Score(RubricSheet sheet, string criterion) =>
        sheet.Scores.TryGetValue(criterion, out var score) ? score : null;
}

namespace TeamDrill.Shared.Leagues;

/// <summary>
/// One criterion of a skill profile: the mean consensus over the season (2 decimals), the number of
/// drills, the least-squares slope in rubric points per drill (null under <see cref="SkillProfile.MinimumDrillsForTrend"/>
/// drills) and the trend it reads as.
/// </summary>
public sealed record CriterionProfile(string CriterionId, double Mean, int Drills, double? Slope, Trend Trend);

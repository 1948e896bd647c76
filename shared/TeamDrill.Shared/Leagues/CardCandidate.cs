using TeamDrill.Shared.Ratings;

namespace TeamDrill.Shared.Leagues;

/// <summary>A prompt card the league may deal: its id, the rubric criteria it tests, and its current rating.</summary>
public sealed record CardCandidate(string Id, IReadOnlyList<string> Criteria, Glicko2Rating Rating);

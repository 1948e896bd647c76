namespace TeamDrill.Shared.Scoring;

/// <summary>Whether a scorer scores above or below the rest of the panel on average.</summary>
public enum ScorerLeaning
{
    /// <summary>The scorer was never scored alongside anyone else.</summary>
    NotEnoughData,

    /// <summary>Within the threshold of the others.</summary>
    Balanced,

    /// <summary>Above the others by more than the threshold.</summary>
    Lenient,

    /// <summary>Below the others by more than the threshold.</summary>
    Strict,
}

namespace TeamDrill.Shared.Scoring;

/// <summary>Whether a scorer scores above or below the rest of the panel, as far as the data can tell.</summary>
public enum ScorerLeaning
{
    /// <summary>The scorer was never scored alongside anyone else, or too rarely alongside two or more others to judge.</summary>
    NotEnoughData,

    /// <summary>Within what the panel's own spread explains.</summary>
    Balanced,

    /// <summary>Above the panel median by more than its spread explains.</summary>
    Lenient,

    /// <summary>Below the panel median by more than its spread explains.</summary>
    Strict,

    /// <summary>Only ever scored with one other scorer: how far apart the two are is known, not which one is off.</summary>
    PairOnly,
}

namespace TeamDrill.Shared.Scoring;

/// <summary>How Krippendorff's alpha measures the distance between two values.</summary>
public enum AlphaMetric
{
    /// <summary>Values are labels: two values agree or they do not.</summary>
    Nominal,

    /// <summary>Values are ranks: the distance between two values grows with how many values lie between them.</summary>
    Ordinal,

    /// <summary>Values are numbers on an equal-step scale: the distance is the squared difference.</summary>
    Interval,

    /// <summary>Values are non-negative quantities with a true zero: the distance is ((c − k) / (c + k))².</summary>
    Ratio,
}

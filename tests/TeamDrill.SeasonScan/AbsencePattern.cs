namespace TeamDrill.SeasonScan;

/// <summary>How members miss rounds in a scanned season.</summary>
internal enum AbsencePattern
{
    /// <summary>Everyone attends every round.</summary>
    None,

    /// <summary>Each member misses each round with the season's chance.</summary>
    Random,

    /// <summary>Members miss runs of one to four rounds in a row.</summary>
    Streaks,

    /// <summary>Some rounds only part of one group of members who attended the same rounds turns up: the hardest case for the balance inside that group.</summary>
    SplitGroups,
}

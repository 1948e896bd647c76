namespace TeamDrill.Shared.Archives;

/// <summary>Why a <c>.tdrill</c> file could not be read.</summary>
public enum DrillArchiveProblem
{
    /// <summary>The file does not start with the TDRILL signature.</summary>
    NotAnArchive,

    /// <summary>Written by a newer TeamDrill in a format version this one does not know.</summary>
    NewerVersion,

    /// <summary>The file ends before the header or the body does.</summary>
    Truncated,

    /// <summary>The header is invalid, the checksum does not match, or the body is not a drill record.</summary>
    Corrupt,
}

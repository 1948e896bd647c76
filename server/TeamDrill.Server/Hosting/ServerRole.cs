namespace TeamDrill.Server.Hosting;

/// <summary>What one server process runs.</summary>
public enum ServerRole
{
    /// <summary>Silo and edge in one process.</summary>
    All,

    /// <summary>Rooms and leagues only; edges reach it through the Orleans gateway.</summary>
    Silo,

    /// <summary>The hub players connect to, an Orleans client of the silos.</summary>
    Edge,
}

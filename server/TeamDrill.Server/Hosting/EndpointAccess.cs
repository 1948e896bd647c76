namespace TeamDrill.Server.Hosting;

/// <summary>Who may read an operator's HTTP endpoint.</summary>
public enum EndpointAccess
{
    /// <summary>Only requests from this machine (127.0.0.1, ::1); others get 403.</summary>
    Loopback,

    /// <summary>Any client that reaches the listen address.</summary>
    Anyone,

    /// <summary>Not served at all.</summary>
    Off,
}

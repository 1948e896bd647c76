namespace TeamDrill.Grains.Leagues;

/// <summary>League settings, set from the server's options.</summary>
public sealed class LeagueOptions
{
    /// <summary>
    /// Whoever signs in and claims this key becomes a facilitator (may create leagues). Empty: nobody
    /// can become one, so leagues are off. Set with <c>--facilitator-key</c>.
    /// </summary>
    public string FacilitatorKey { get; set; } = "";
}

namespace TeamDrill.Grains.Players;

/// <summary>Numbers the erased players ("former member 3"), once each; one ledger for the server, key 0.</summary>
public interface IErasureLedgerGrain : IGrainWithIntegerKey
{
    /// <summary>The label of <paramref name="playerId"/>: the one given before, or the next number.</summary>
    Task<string> LabelFor(string playerId);
}

using System.Globalization;

namespace TeamDrill.Grains.Players;

public sealed class ErasureLedgerGrain(
    [PersistentState("erasures", GrainStorageNames.Default)] IPersistentState<ErasureLedgerState> store) : Grain, IErasureLedgerGrain
{
    public const string LabelPrefix = "former member ";

    public async Task<string> LabelFor(string playerId)
    {
        if (!store.State.Numbers.TryGetValue(playerId, out var number))
        {
            number = store.State.Numbers.Count + 1;
            store.State.Numbers[playerId] = number;
            await store.WriteStateAsync();
        }

        return LabelPrefix + number.ToString(CultureInfo.InvariantCulture);
    }
}

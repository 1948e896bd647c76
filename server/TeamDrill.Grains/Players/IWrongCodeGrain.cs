using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Players;

/// <summary>A player's wrong room codes, keyed by player id: one count however many edges and connections they use.</summary>
public interface IWrongCodeGrain : IGrainWithStringKey
{
    /// <summary>Counts one wrong code and says until when the player must wait.</summary>
    Task<WrongCodeStanding> Record();

    Task<WrongCodeStanding> Standing();
}

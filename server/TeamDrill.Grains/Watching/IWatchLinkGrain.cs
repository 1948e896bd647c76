namespace TeamDrill.Grains.Watching;

/// <summary>
/// A room's projector link, keyed by the room code: the SHA-256 of its secret key while one is open. The
/// room grain opens and closes it after its own rules (host only) have said yes.
/// </summary>
public interface IWatchLinkGrain : IGrainWithStringKey
{
    Task<bool> IsOpen();

    /// <summary>Opens a link with this key hash; an open one is replaced.</summary>
    Task Open(string keyHash);

    Task Close();

    /// <summary>Whether <paramref name="keyHash"/> is the open link's key.</summary>
    Task<bool> Matches(string keyHash);
}

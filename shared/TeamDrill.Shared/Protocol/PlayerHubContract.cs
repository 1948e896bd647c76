namespace TeamDrill.Shared.Protocol;

/// <summary>
/// Sign-outs and one person's data. Every method fails with a HubException whose message says what was
/// wrong, and then nothing has changed. <c>player</c> is a display name or a player id; a name that more
/// than one player has is refused with the candidates' ids.
/// </summary>
public interface IPlayerHub
{
    /// <summary>Ends the sign-in this connection was opened with: its token is refused from now on and its connections close.</summary>
    Task SignOut();
    /// <summary>Facilitator only: ends every sign-in of a player; returns how many were still valid.</summary>
    Task<int> SignOutPlayer(string player);
    /// <summary>Facilitator only: everything stored about a player, as a JSON document.</summary>
    Task<string> ExportPlayer(string player);
    /// <summary>
    /// Facilitator only: replaces the player's name with a neutral label in every room, debrief, archive and
    /// league, ends their sign-ins and forgets their rooms; returns the label.
    /// </summary>
    Task<string> ErasePlayer(string player);
}

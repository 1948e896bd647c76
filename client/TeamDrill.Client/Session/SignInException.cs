using System.Net;

namespace TeamDrill.Client.Session;

/// <summary>Signing in or connecting failed, with a message fit to show the player as-is.</summary>
public sealed class SignInException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The HTTP status when the server answered with an error; null when it could not be reached.</summary>
    public HttpStatusCode? Status { get; init; }
}

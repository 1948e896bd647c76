using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Session;

/// <summary>Turns a failed hub call into the sentence a player should read.</summary>
public static partial class HubErrorText
{
    [GeneratedRegex(@"^An unexpected error occurred invoking '[^']*' on the server\. HubException: ", RegexOptions.CultureInvariant)]
    private static partial Regex HubExceptionPrefix();

    public static string From(Exception exception) => exception switch
    {
        HubException e => Strip(e.Message),
        InvalidOperationException e when e.Message.Contains("connection is not active", StringComparison.OrdinalIgnoreCase)
            => "not connected to the server right now; try again in a moment",
        OperationCanceledException => "the call was cancelled (connection lost?); try again",
        _ => TextSanitizer.Clean(exception.Message),
    };

    [GeneratedRegex(@"^An unexpected error occurred invoking '[^']*' on the server\.$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericFailure();

    /// <summary>
    /// True when the server said nothing specific (an exception other than HubException on its side):
    /// a hiccup worth retrying, not a refusal.
    /// </summary>
    public static bool IsGeneric(HubException exception) => GenericFailure().IsMatch(exception.Message.Trim());

    /// <summary>
    /// True when trying again later may work: the server said nothing specific, or said to try again (its
    /// storage or the room's silo was unreachable, or the call came too fast). Anything else is a refusal.
    /// </summary>
    public static bool IsRetryable(HubException exception) =>
        IsGeneric(exception) || exception.Message.Contains(ServerErrors.TryAgain, StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes the prefix SignalR puts before a HubException's own text.</summary>
    public static string Strip(string message) => TextSanitizer.Clean(HubExceptionPrefix().Replace(message, ""));
}

namespace TeamDrill.LoadTest.Clients;

/// <summary>
/// What the customer and the agent say: ordinary support-call lines, so messages have a realistic
/// size and agent lines go through the coach's phrase matching as real ones do. Each line starts
/// with the tag that lets receivers match it to its send.
/// </summary>
public static class ChatLines
{
    public const string TagPrefix = "t=";

    private static readonly string[] Customer =
    [
        "I have been waiting two weeks for my order and nobody answers my emails.",
        "That is not good enough, I was promised a refund last Tuesday.",
        "Can you at least tell me where the parcel is right now?",
        "I want to speak to someone who can actually fix this.",
    ];

    private static readonly string[] Agent =
    [
        "I understand how frustrating that must be, let me look into it right away.",
        "Thank you for your patience, I can see your order here on my screen.",
        "I am sorry about the delay; here is what I can do for you today.",
        "Could you confirm the email address on the account for me, please?",
    ];

    public static string Text(string tag, bool fromCustomer, int number)
    {
        var lines = fromCustomer ? Customer : Agent;
        return $"{TagPrefix}{tag} {lines[number / 2 % lines.Length]}";
    }

    /// <summary>The tag of a timed line (the text between <c>t=</c> and the first space), or null for other text.</summary>
    public static ReadOnlySpan<char> TagOf(string text)
    {
        if (!text.StartsWith(TagPrefix, StringComparison.Ordinal))
        {
            return default;
        }

        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? text.AsSpan(TagPrefix.Length) : text.AsSpan(TagPrefix.Length, end - TagPrefix.Length);
    }
}

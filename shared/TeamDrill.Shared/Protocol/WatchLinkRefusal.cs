namespace TeamDrill.Shared.Protocol;

/// <summary>What a projector link is told when it no longer works, on the page and over the hub.</summary>
public static class WatchLinkRefusal
{
    public const string Revoked = "This projector link was revoked or mistyped: ask the host for a new one (/projector).";

    public const string ReadOnly = "A projector link is read-only: it can watch its room and nothing else.";
}

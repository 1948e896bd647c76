namespace TeamDrill.Tests.Failover;

/// <summary>
/// Marks a test that fails against today's server because of a bug it found, so the failure is easy to
/// find and to select: <c>dotnet test --filter KnownServerBug=edge-drops-overtaken-events</c>.
/// </summary>
public static class KnownServerBug
{
    public const string Trait = "KnownServerBug";
    public const string EdgeDropsOvertakenEvents = "edge-drops-overtaken-events";
    public const string EdgeNotResubscribedAfterFailover = "edge-not-resubscribed-after-failover";
    public const string RefusedActionKeptInMemory = "refused-action-kept-in-memory";
}

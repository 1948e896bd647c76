using System.Diagnostics;
using TeamDrill.Client.Session;

namespace TeamDrill.Tests.Failover;

/// <summary>One hub call as a user lives it: how long it took, and the sentence the real client would show if it failed.</summary>
public sealed record Attempt(string What, TimeSpan Took, string? Error)
{
    /// <summary>Long past any answer a healthy server gives; a call still running then counts as hanging.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(40);

    public bool Succeeded => Error is null;

    public static async Task<Attempt> RunAsync(string what, Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await call().WaitAsync(GiveUpAfter);
            return new Attempt(what, clock.Elapsed, null);
        }
        catch (TimeoutException) when (clock.Elapsed >= GiveUpAfter)
        {
            return new Attempt(what, clock.Elapsed, $"(no answer within {GiveUpAfter.TotalSeconds:0} s)");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new Attempt(what, clock.Elapsed, HubErrorText.From(exception));
        }
    }

    public override string ToString() =>
        $"{What}: {(Succeeded ? "done" : $"failed: {Error}")} in {Took.TotalSeconds:0.00} s";
}

using TeamDrill.Server.Edge;

namespace TeamDrill.Tests.Edge;

public sealed class CallBudgetTests
{
    [Fact]
    public void a_connection_may_burst_to_twice_its_rate_and_is_then_refused()
    {
        var budget = new CallBudget(perSecond: 5);

        var granted = Enumerable.Range(0, 20).Count(_ => budget.TryTake());

        // A little refill may land while the loop runs, never a whole second's worth.
        Assert.InRange(granted, 10, 11);
        Assert.False(budget.TryTake());
    }
}

using TeamDrill.Server.Edge;

namespace TeamDrill.Tests.Edge;

public sealed class MemoryReclaimerTests
{
    [Theory]
    [InlineData(5000, 0, 0, true)]        // everyone left
    [InlineData(5000, 3000, 3000, true)]  // 2,000 of 5,000 gone, steady
    [InlineData(5000, 4000, 4000, false)] // a fifth gone: under a quarter
    [InlineData(1000, 600, 600, false)]   // 400 gone: too few to be worth a full collection
    [InlineData(5000, 0, -1, false)]      // connections are coming back: wait
    public void memory_is_collected_after_a_large_share_of_connections_closed_and_none_came_back(int peak, int now, int previous, bool expected)
    {
        previous = previous < 0 ? now - 1 : previous;

        Assert.Equal(expected, MemoryReclaimer.ShouldReclaim(peak, now, previous));
    }
}

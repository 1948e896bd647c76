using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client.Session;
using Xunit;

namespace TeamDrill.Tests.Client;

public class ForeverRetryPolicyTests
{
    [Fact]
    public void retries_at_once_then_backs_off_up_to_the_cap_and_never_gives_up()
    {
        var policy = new ForeverRetryPolicy(random: new Random(7));
        var delays = Enumerable.Range(0, 1000)
            .Select(n => policy.NextRetryDelay(new RetryContext { PreviousRetryCount = n, ElapsedTime = TimeSpan.FromSeconds(n * 5) }))
            .ToList();

        Assert.All(delays, d => Assert.NotNull(d));
        Assert.Equal(TimeSpan.Zero, delays[0]);
        Assert.InRange(delays[1]!.Value, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(500));
        Assert.InRange(delays[2]!.Value, TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1000));
        Assert.All(delays, d => Assert.True(d <= ForeverRetryPolicy.DefaultCap));
        Assert.All(delays.Skip(10), d => Assert.True(d >= TimeSpan.FromSeconds(4)));
    }
}

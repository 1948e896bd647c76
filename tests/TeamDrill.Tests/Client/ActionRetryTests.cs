using Microsoft.AspNetCore.SignalR;
using TeamDrill.Client.Session;

namespace TeamDrill.Tests.Client;

/// <summary>
/// The client sends an action again only when its answer was lost, with the same call (and so the same
/// action id), a bounded number of times; a refusal is an answer and is shown, not resent.
/// </summary>
public sealed class ActionRetryTests
{
    [Fact]
    public async Task a_call_whose_answer_was_lost_goes_again_until_it_is_answered()
    {
        var retry = new ActionRetry(() => true);
        var sent = new List<string>();

        await retry.RunAsync(() =>
        {
            sent.Add("say-0001");
            return sent.Count < 3 ? Task.FromException(new IOException("The connection was reset.")) : Task.CompletedTask;
        });

        Assert.Equal(["say-0001", "say-0001", "say-0001"], sent);
        Assert.Equal(2, retry.Resent);
    }

    [Fact]
    public async Task a_refusal_is_not_sent_again()
    {
        var retry = new ActionRetry(() => true);
        var calls = 0;

        var refusal = await Assert.ThrowsAsync<HubException>(() => retry.RunAsync(() =>
        {
            calls++;
            return Task.FromException(new HubException("You have already submitted your scores for this drill."));
        }));

        Assert.Equal(1, calls);
        Assert.Equal("You have already submitted your scores for this drill.", refusal.Message);
        Assert.Equal(0, retry.Resent);
    }

    [Fact]
    public async Task it_stops_after_its_attempts_and_shows_the_last_failure()
    {
        var retry = new ActionRetry(() => true, maxAttempts: 3);
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => retry.RunAsync(() =>
        {
            calls++;
            return Task.FromException(new InvalidOperationException("The 'InvokeCoreAsync' method cannot be called if the connection is not active"));
        }));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task it_does_not_send_again_while_the_connection_stays_down()
    {
        var retry = new ActionRetry(() => false, reconnectPatience: TimeSpan.FromMilliseconds(100));
        var calls = 0;

        await Assert.ThrowsAsync<IOException>(() => retry.RunAsync(() =>
        {
            calls++;
            return Task.FromException(new IOException("The connection was reset."));
        }));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task the_answer_of_the_call_that_got_through_is_returned()
    {
        var retry = new ActionRetry(() => true);
        var calls = 0;

        var code = await retry.RunAsync(() => ++calls == 1 ? Task.FromException<string>(new TaskCanceledException()) : Task.FromResult("K7QX2M"));

        Assert.Equal("K7QX2M", code);
    }
}

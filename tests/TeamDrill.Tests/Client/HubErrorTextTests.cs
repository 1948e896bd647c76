using Microsoft.AspNetCore.SignalR;
using TeamDrill.Client.Session;
using Xunit;

namespace TeamDrill.Tests.Client;

public class HubErrorTextTests
{
    [Fact]
    public void the_prefix_signalr_adds_to_a_hub_exception_is_removed() =>
        Assert.Equal("room XYZ999 does not exist", HubErrorText.From(new HubException(
            "An unexpected error occurred invoking 'JoinRoom' on the server. HubException: room XYZ999 does not exist")));

    [Fact]
    public void a_hub_exception_without_the_prefix_is_shown_as_is() =>
        Assert.Equal("only the customer can end the call", HubErrorText.From(new HubException("only the customer can end the call")));

    [Fact]
    public void a_call_while_disconnected_says_so_in_plain_words() =>
        Assert.Equal("not connected to the server right now; try again in a moment", HubErrorText.From(
            new InvalidOperationException("The 'InvokeCoreAsync' method cannot be called if the connection is not active")));

    [Fact]
    public void a_hub_exception_with_no_detail_is_generic_and_one_with_detail_is_not()
    {
        Assert.True(HubErrorText.IsGeneric(new HubException("An unexpected error occurred invoking 'Resync' on the server.")));
        Assert.False(HubErrorText.IsGeneric(new HubException("An unexpected error occurred invoking 'JoinRoom' on the server. HubException: no room XYZ999")));
    }

    [Fact]
    public void a_sentence_that_says_try_again_is_retryable_and_a_refusal_is_not()
    {
        Assert.True(HubErrorText.IsRetryable(new HubException("An unexpected error occurred invoking 'SendMessage' on the server. HubException: The server could not do that (SendMessage); try again.")));
        Assert.True(HubErrorText.IsRetryable(new HubException("An unexpected error occurred invoking 'Resync' on the server.")));
        Assert.False(HubErrorText.IsRetryable(new HubException("An unexpected error occurred invoking 'JoinRoom' on the server. HubException: There is no room XYZ999. Check the code with whoever created it.")));
    }

    [Fact]
    public void control_characters_in_server_text_are_stripped() =>
        Assert.Equal("bad [2Jname", HubErrorText.From(new HubException("bad \u001b[2Jname")));
}

using TeamDrill.Client.Session;

namespace TeamDrill.Tests.Client;

/// <summary>The sign-in details every front end checks the same way, each refusal in that front end's words.</summary>
public sealed class SignInTargetTests
{
    private static readonly SignInWording Flags = new("--server", "--name", "--name is required");
    private static readonly SignInWording Form = new("the server", "your name", "type your name");

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("https://drill.example.com/", "https://drill.example.com/")]
    public void server_addresses_are_http_or_https(string text, string expected)
    {
        Assert.True(SignInTarget.TryParseServer(text, out var server, out _));
        Assert.Equal(expected, server.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://host")]
    [InlineData("not a url")]
    public void other_server_addresses_are_refused_with_an_example(string text)
    {
        Assert.False(SignInTarget.TryParseServer(text, out _, out var error));
        Assert.StartsWith("--server must be an http:// or https:// address, like http://127.0.0.1:5080", error, StringComparison.Ordinal);
    }

    [Fact]
    public void good_details_give_the_server_with_a_trailing_slash_and_the_cleaned_name()
    {
        Assert.Null(SignInTarget.Check(" http://127.0.0.1:5080 ", "  Ana  ", Flags, out var target));

        Assert.Equal(new SignInTarget(new Uri("http://127.0.0.1:5080/"), "Ana"), target);
        Assert.Equal("http://127.0.0.1:5080", target.ServerText);
    }

    [Theory]
    [InlineData("ftp://x", "Ana", "--server must be an http:// or https:// address", "the server must be an http:// or https:// address")]
    [InlineData("http://127.0.0.1:5080", "", "--name is required", "type your name")]
    [InlineData("http://127.0.0.1:5080", null, "--name is required", "type your name")]
    [InlineData("http://127.0.0.1:5080", "AnaAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaA", "--name is too long: 34 characters (the limit is 32)", "your name is too long: 34 characters")]
    public void bad_details_are_refused_naming_the_field_as_the_front_end_calls_it(string server, string? name, string onTheCommandLine, string onTheForm)
    {
        Assert.StartsWith(onTheCommandLine, SignInTarget.Check(server, name, Flags, out _), StringComparison.Ordinal);
        Assert.StartsWith(onTheForm, SignInTarget.Check(server, name, Form, out _), StringComparison.Ordinal);
    }
}

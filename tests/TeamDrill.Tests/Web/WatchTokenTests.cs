using TeamDrill.Server.Edge.Watching;

namespace TeamDrill.Tests.Web;

public sealed class WatchTokenTests
{
    [Theory]
    [InlineData("watch.k7qx2m.abc_-123", "K7QX2M", "abc_-123")]
    [InlineData("watch.K7QX2M.key", "K7QX2M", "key")]
    public void a_watch_token_names_its_room_and_key(string raw, string room, string key)
    {
        Assert.Equal(new WatchToken(room, key), WatchToken.Parse(raw));
    }

    [Theory]
    [InlineData("watch.")]
    [InlineData("watch.K7QX2M")]
    [InlineData("watch.K7QX2M.")]
    [InlineData("watch.NOT-A-CODE.key")]
    [InlineData("watch.K7QX2M.a.b")]
    [InlineData("abcdef")]
    public void anything_else_is_not_a_watch_token(string raw)
    {
        Assert.Null(WatchToken.Parse(raw));
    }
}

using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>What a person types reaches the others cleaned at the source, over real connections to the real server.</summary>
[Collection(ServerCollection.Name)]
public sealed class SafeTextServerTests(SharedServer shared) : IAsyncLifetime
{
    private readonly InProcessServer _server = shared.Server;
    private DrillScript _drill = null!;

    public async Task InitializeAsync() => _drill = await DrillScript.SetUpAsync(_server.Url);

    public async Task DisposeAsync() => await _drill.DisposeAsync();

    [Fact]
    public async Task a_message_with_999_combining_marks_arrives_with_two()
    {
        await _drill.Start();

        await _drill.Say(_drill.Customer, "a" + new string('\u0301', 999));

        var posted = await _drill.Scorer1.WaitFor<MessagePosted>();
        Assert.Equal("a\u0301\u0301", posted.Message.Text);
    }

    [Fact]
    public async Task an_unknown_card_id_is_echoed_cleaned_and_nothing_starts()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => _drill.Start("\u001b]8;;http://x\u0007nope\u202E"));

        Assert.Contains("There is no card ']8;;http://xnope'; /cards lists them.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Equal(DrillPhase.Lobby, (await _drill.Room(_drill.Agent)).Phase);
    }

    [Fact]
    public async Task someone_who_signs_in_as_a_look_alike_of_a_member_is_shown_with_a_number()
    {
        await using var fake = await TestPlayer.SignInAsync(_server.Url, "\u0412\u0435n\u200B"); // Cyrillic В and е, a zero-width space

        await fake.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), _drill.Code);

        var joined = await _drill.Agent.WaitFor<MemberJoined>(e => e.Member.PlayerId == fake.Id);
        Assert.Equal("\u0412\u0435n2", joined.Member.Name);
        Assert.Equal(["Ana", "Ben", "Cy", "Dee", "\u0412\u0435n2"], (await _drill.Room(_drill.Agent)).Members.Select(m => m.Name));
    }
}

using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>The steps of a drill that several tests share: a room of four with roles set.</summary>
public sealed class DrillScript : IAsyncDisposable
{
    public const string CardId = "late-birthday-bike";

    private DrillScript(string code, TestPlayer customer, TestPlayer agent, TestPlayer scorer1, TestPlayer scorer2)
    {
        Code = code;
        Customer = customer;
        Agent = agent;
        Scorer1 = scorer1;
        Scorer2 = scorer2;
    }

    public string Code { get; }

    public TestPlayer Customer { get; }

    public TestPlayer Agent { get; }

    public TestPlayer Scorer1 { get; }

    public TestPlayer Scorer2 { get; }

    public IReadOnlyList<TestPlayer> Everyone => [Customer, Agent, Scorer1, Scorer2];

    /// <summary>Ana creates a room, three others join, Ana makes herself the customer and Ben the agent.</summary>
    public static async Task<DrillScript> SetUpAsync(string url)
    {
        var ana = await TestPlayer.SignInAsync(url, "Ana");
        var ben = await TestPlayer.SignInAsync(url, "Ben");
        var cy = await TestPlayer.SignInAsync(url, "Cy");
        var dee = await TestPlayer.SignInAsync(url, "Dee");
        var room = await ana.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.CreateRoom), ActionIds.New());
        foreach (var p in new[] { ben, cy, dee })
        {
            await p.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), room.Code.ToLowerInvariant());
        }

        await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), room.Code, "Ana", DrillRole.Customer, ActionIds.New());
        await ana.Hub.InvokeAsync(nameof(IDrillHub.AssignRole), room.Code, "ben", DrillRole.Agent, ActionIds.New());
        return new DrillScript(room.Code, ana, ben, cy, dee);
    }

    public Task Start(string? cardId = CardId) => Customer.Hub.InvokeAsync(nameof(IDrillHub.StartDrill), Code, cardId, ActionIds.New());

    public Task Say(TestPlayer who, string text) => who.Hub.InvokeAsync(nameof(IDrillHub.SendMessage), Code, text, ActionIds.New());

    public async Task<RoomSnapshot> Room(TestPlayer who) => await who.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.GetRoom), Code);

    public static Dictionary<string, int?> Sheet(IReadOnlyList<RubricCriterionView> rubric, int score) =>
        rubric.ToDictionary(c => c.Id, c => (int?)score);

    public async ValueTask DisposeAsync()
    {
        foreach (var p in Everyone)
        {
            await p.DisposeAsync();
        }
    }
}

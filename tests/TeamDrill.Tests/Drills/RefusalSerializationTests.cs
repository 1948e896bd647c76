using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TeamDrill.Shared.Drills;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// A refusal thrown in a grain reaches the edge as the same exception with the same sentence, so the
/// hub shows the player the rule's words (and not "the server could not do that").
/// </summary>
public sealed class RefusalSerializationTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(DrillRuleException).Assembly))
        .BuildServiceProvider();

    public static TheoryData<Exception> Refusals() => new()
    {
        new DrillRuleException("Only the host (Hana) can start a drill."),
        new RoomUnavailableException("Room K7QX2M could not reach its storage just now; nothing changed. Try again in a moment."),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void a_refusal_crosses_a_grain_call_as_itself_with_its_sentence(Exception refusal)
    {
        var serializer = Services.GetRequiredService<Serializer>();

        var back = serializer.Deserialize<Exception>(serializer.SerializeToArray(refusal));

        Assert.IsType(refusal.GetType(), back);
        Assert.Equal(refusal.Message, back.Message);
    }
}

namespace TeamDrill.LoadTest.Worker;

/// <summary>
/// How a room talks. Either way the customer and the agent alternate (message 0 is the customer's)
/// and rooms are staggered evenly across one send interval, so the whole run's load is smooth
/// rather than every room sending at the same instant.
/// </summary>
public sealed record Workload(string Name, int SendsPerRoomPerSecond)
{
    /// <summary>One chat message per room per second.</summary>
    public static Workload Realistic { get; } = new("realistic", 1);

    /// <summary>The customer and the agent each send 8 messages a second: 16 per room.</summary>
    public static Workload Burst { get; } = new("burst", 16);

    public static IReadOnlyList<string> Names { get; } = [Realistic.Name, Burst.Name];

    public static Workload Parse(string name) =>
        name == Burst.Name ? Burst : name == Realistic.Name ? Realistic : throw new ArgumentException($"Unknown workload '{name}'.");

    public int MessagesPerRoom(int seconds) => seconds * SendsPerRoomPerSecond;

    /// <summary>Time between two sends of one room, in Stopwatch ticks.</summary>
    public double IntervalTicks => (double)System.Diagnostics.Stopwatch.Frequency / SendsPerRoomPerSecond;

    /// <summary>When room <paramref name="room"/> of <paramref name="totalRooms"/> sends its message <paramref name="number"/>, in ticks after the start.</summary>
    public long DueTicks(int room, int totalRooms, int number) =>
        (long)((number + ((double)room / totalRooms)) * IntervalTicks);

    public static bool IsCustomerTurn(int number) => number % 2 == 0;
}

using System.Globalization;

namespace TeamDrill.LoadTest.Worker;

/// <summary>What the coordinator tells one worker: its share of the rooms and the run's shape.</summary>
public sealed record WorkerOptions(
    string ServerUrl,
    int WorkerId,
    int FirstRoom,
    int RoomCount,
    int TotalRooms,
    Workload Workload,
    int WarmupSeconds,
    int Seconds,
    int GraceSeconds,
    int SetupParallel)
{
    public const string Command = "worker";

    /// <summary>The worker's command line, as <see cref="Cli.WorkerCommand"/> parses it.</summary>
    public IEnumerable<string> ToArgs() =>
    [
        Command,
        "--server", ServerUrl,
        "--worker-id", Text(WorkerId),
        "--first-room", Text(FirstRoom),
        "--room-count", Text(RoomCount),
        "--total-rooms", Text(TotalRooms),
        "--workload", Workload.Name,
        "--warmup", Text(WarmupSeconds),
        "--seconds", Text(Seconds),
        "--grace", Text(GraceSeconds),
        "--setup-parallel", Text(SetupParallel),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

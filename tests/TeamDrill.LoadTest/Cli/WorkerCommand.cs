using System.CommandLine;
using TeamDrill.LoadTest.Worker;

namespace TeamDrill.LoadTest.Cli;

/// <summary>The hidden <c>worker</c> command the coordinator starts each client process with (see <see cref="WorkerOptions.ToArgs"/>).</summary>
public static class WorkerCommand
{
    public static Command Build()
    {
        var server = new Option<string>("--server") { Required = true };
        var id = new Option<int>("--worker-id") { Required = true };
        var firstRoom = new Option<int>("--first-room") { Required = true };
        var roomCount = new Option<int>("--room-count") { Required = true };
        var totalRooms = new Option<int>("--total-rooms") { Required = true };
        var workload = new Option<string>("--workload") { Required = true };
        workload.AcceptOnlyFromAmong([.. Workload.Names]);
        var warmup = new Option<int>("--warmup") { Required = true };
        var seconds = new Option<int>("--seconds") { Required = true };
        var grace = new Option<int>("--grace") { Required = true };
        var parallel = new Option<int>("--setup-parallel") { Required = true };
        var command = new Command(WorkerOptions.Command, "one client process of a load run; started by the coordinator, talks to it over stdin/stdout")
        {
            Hidden = true,
        };
        foreach (var option in new Option[] { server, id, firstRoom, roomCount, totalRooms, workload, warmup, seconds, grace, parallel })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var options = new WorkerOptions(
                result.GetValue(server)!,
                result.GetValue(id),
                result.GetValue(firstRoom),
                result.GetValue(roomCount),
                result.GetValue(totalRooms),
                Workload.Parse(result.GetValue(workload)!),
                result.GetValue(warmup),
                result.GetValue(seconds),
                result.GetValue(grace),
                result.GetValue(parallel));
            try
            {
                return await new WorkerRun(options).ExecuteAsync(ct);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("stopped before the run finished");
                return 1;
            }
        });
        return command;
    }
}

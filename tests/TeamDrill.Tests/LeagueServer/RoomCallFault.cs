using System.Collections.Concurrent;
using TeamDrill.Grains.Rooms;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// An Orleans incoming-call filter for one test's silo: the <c>failingCall</c>-th call of one room-grain
/// method waits at a barrier until the test releases it, then fails as a storage outage would. Every other
/// call (system targets included, which the silo needs to start) passes untouched.
/// </summary>
public sealed class RoomCallFault(string method, int failingCall) : IIncomingGrainCallFilter
{
    public const string Failure = "the room store is unavailable (injected fault)";

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _created = new();
    private int _calls;

    /// <summary>Completes when the failing call has arrived; it then waits for <see cref="Release"/>.</summary>
    public Task Reached => _reached.Task;

    /// <summary>Codes of the league rooms created so far, in order.</summary>
    public IReadOnlyList<string> Created => [.. _created];

    /// <summary>The room whose call is held at the barrier: busy until <see cref="Release"/>, so not to be called before.</summary>
    public string Held { get; private set; } = "";

    public void Release() => _released.TrySetResult();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is not RoomGrain || context.InterfaceMethod?.Name != method)
        {
            await Pass(context);
            return;
        }

        if (Interlocked.Increment(ref _calls) != failingCall)
        {
            await Pass(context);
            return;
        }

        Held = context.TargetId.Key.ToString()!;
        _reached.TrySetResult();
        await _released.Task;
        throw new InvalidOperationException(Failure);
    }

    private async Task Pass(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.Grain is RoomGrain && context.InterfaceMethod?.Name == nameof(IRoomGrain.CreateForLeague))
        {
            _created.Enqueue(context.TargetId.Key.ToString()!);
        }
    }
}

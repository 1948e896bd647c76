using MessagePack;
using Orleans;

namespace TeamDrill.Shared.Protocol;

/// <summary>
/// Something that happened in a room. Every event has a per-room sequence number; a client that
/// reconnects asks for everything after the last number it saw. The server decides who may see
/// each event, so a connection only ever receives the events meant for its player.
/// </summary>
[MessagePackObject, GenerateSerializer, Immutable]
[Union(0, typeof(MemberJoined))]
[Union(1, typeof(MemberLeft))]
[Union(2, typeof(RolesAssigned))]
[Union(3, typeof(DrillStarted))]
[Union(4, typeof(CustomerCardDealt))]
[Union(5, typeof(MessagePosted))]
[Union(6, typeof(AngerChanged))]
[Union(7, typeof(MessageTagged))]
[Union(8, typeof(CallEnded))]
[Union(9, typeof(RubricSubmitted))]
[Union(10, typeof(RubricRecorded))]
[Union(11, typeof(DebriefPublished))]
[Union(12, typeof(CoachHintGiven))]
[Union(13, typeof(ReflectionWritten))]
[Union(14, typeof(FidelityRated))]
[Union(15, typeof(CallPaused))]
[Union(16, typeof(CallResumed))]
[Union(17, typeof(DrillCancelled))]
[Union(18, typeof(ReflectionRecorded))]
[Union(19, typeof(SupportWritten))]
[Union(20, typeof(SupportRecorded))]
[Union(21, typeof(MemberBanned))]
[Union(22, typeof(MemberUnbanned))]
[Union(23, typeof(MemberMuted))]
[Union(24, typeof(MemberUnmuted))]
[Union(27, typeof(WatchLinkOpened))]
[Union(28, typeof(WatchLinkClosed))]
public abstract class RoomEvent
{
    [Key(0), Id(0)] public long Seq { get; init; }
    [Key(1), Id(1)] public DateTimeOffset At { get; init; }
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberJoined : RoomEvent
{
    [Key(2), Id(0)] public MemberView Member { get; init; } = new();
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberLeft : RoomEvent
{
    [Key(2), Id(0)] public string PlayerId { get; init; } = "";
    [Key(3), Id(1)] public string Name { get; init; } = "";
    /// <summary>The host after this change (the host may leave).</summary>
    [Key(4), Id(2)] public string HostId { get; init; } = "";
}

/// <summary>The roles for the next drill; every member not named is a scorer.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RolesAssigned : RoomEvent
{
    [Key(2), Id(0)] public IReadOnlyList<MemberView> Members { get; init; } = [];
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class DrillStarted : RoomEvent
{
    [Key(2), Id(0)] public int DrillNumber { get; init; }
    [Key(3), Id(1)] public PublicBrief Brief { get; init; } = new();
    [Key(4), Id(2)] public IReadOnlyList<MemberView> Members { get; init; } = [];
    [Key(5), Id(3)] public DateTimeOffset CallEndsAt { get; init; }
    [Key(6), Id(4)] public int StartingAnger { get; init; }
    [Key(7), Id(5)] public IReadOnlyList<RubricCriterionView> Rubric { get; init; } = [];
    /// <summary>Practice drills coach the agent privately; league drills count and do not.</summary>
    [Key(8), Id(6)] public bool Practice { get; init; } = true;
    /// <summary>How long scoring stays open once the call ends.</summary>
    [Key(9), Id(7)] public TimeSpan ScoringTimeLimit { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>A fingerprint of the card's text, so the drill names the exact card it was played from.</summary>
    [Key(10), Id(8)] public string CardVersion { get; init; } = "";
}

/// <summary>The whole card. Sent to the customer alone.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CustomerCardDealt : RoomEvent
{
    [Key(2), Id(0)] public int DrillNumber { get; init; }
    [Key(3), Id(1)] public CustomerCard Card { get; init; } = new();
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MessagePosted : RoomEvent
{
    [Key(2), Id(0)] public TranscriptMessage Message { get; init; } = new();
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class AngerChanged : RoomEvent
{
    [Key(2), Id(0)] public int Level { get; init; }
    [Key(3), Id(1)] public int Previous { get; init; }
}

/// <summary>A scorer's tag on an agent message. Seen by that scorer alone until the debrief.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MessageTagged : RoomEvent
{
    [Key(2), Id(0)] public MessageTag Tag { get; init; } = new();
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CallEnded : RoomEvent
{
    [Key(2), Id(0)] public CallOutcome Outcome { get; init; }
    /// <summary>Who ended it; empty when the time limit did.</summary>
    [Key(3), Id(1)] public string EndedBy { get; init; } = "";
    /// <summary>When scoring closes by itself if not everyone has submitted.</summary>
    [Key(4), Id(2)] public DateTimeOffset ScoringEndsAt { get; init; }
}

/// <summary>A scorer has submitted; no scores in it. Seen by everyone.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RubricSubmitted : RoomEvent
{
    [Key(2), Id(0)] public string ScorerId { get; init; } = "";
    [Key(3), Id(1)] public string ScorerName { get; init; } = "";
    [Key(4), Id(2)] public int SubmittedCount { get; init; }
    [Key(5), Id(3)] public int ScorerCount { get; init; }
}

/// <summary>The scorer's own sheet, echoed to that scorer alone.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class RubricRecorded : RoomEvent
{
    [Key(2), Id(0)] public RubricSheet Sheet { get; init; } = new();
}

[MessagePackObject, GenerateSerializer, Immutable]
public sealed class DebriefPublished : RoomEvent
{
    [Key(2), Id(0)] public Debrief Debrief { get; init; } = new();
}

/// <summary>The host paused the call: nobody speaks and the clock stops until it resumes.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CallPaused : RoomEvent
{
}

/// <summary>The call goes on; the clock ends later by as long as the pause lasted.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CallResumed : RoomEvent
{
    [Key(2), Id(0)] public DateTimeOffset CallEndsAt { get; init; }
}

/// <summary>
/// The facilitator cancelled this league room because its round did not start: the drill ends with no
/// debrief, and the room refuses everything after this.
/// </summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class DrillCancelled : RoomEvent
{
    /// <summary>What a member is told, e.g. "This drill was cancelled: its league round did not start."</summary>
    [Key(2), Id(0)] public string Message { get; init; } = "";
    /// <summary>The reason alone, e.g. "its league round did not start".</summary>
    [Key(3), Id(1)] public string Reason { get; init; } = "";
}

/// <summary>A private coach hint for the agent of a practice drill.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class CoachHintGiven : RoomEvent
{
    [Key(2), Id(0)] public CoachHint Hint { get; init; } = new();
}

/// <summary>The agent has written the self-reflection; the text waits for the debrief.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class ReflectionWritten : RoomEvent
{
    [Key(2), Id(0)] public string AgentName { get; init; } = "";
}

/// <summary>A scorer's fidelity rating of the customer, echoed to that scorer alone.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class FidelityRated : RoomEvent
{
    [Key(2), Id(0)] public FidelityRating Rating { get; init; } = new();
}

/// <summary>The agent's own reflection, echoed to the agent alone; everyone else hears only that it was written.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class ReflectionRecorded : RoomEvent
{
    /// <summary>What worked; empty when the agent wrote only the other part. A one-line reflection from before the two parts is this.</summary>
    [Key(2), Id(0)] public string Text { get; init; } = "";
    /// <summary>What the agent would do differently; empty when not written.</summary>
    [Key(3), Id(1)] public string DoDifferently { get; init; } = "";
}

/// <summary>A scorer has left a line of peer support; the text waits for the debrief.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class SupportWritten : RoomEvent
{
    [Key(2), Id(0)] public string ScorerName { get; init; } = "";
}

/// <summary>A scorer's own line of peer support, echoed to that scorer alone; everyone else hears only that it was written.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class SupportRecorded : RoomEvent
{
    [Key(2), Id(0)] public SupportLine Line { get; init; } = new();
}

/// <summary>
/// The host removed a member: they leave the room, hear this much and nothing more, and may neither
/// join nor read it again until the host lifts the ban.
/// </summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberBanned : RoomEvent
{
    [Key(2), Id(0)] public string PlayerId { get; init; } = "";
    [Key(3), Id(1)] public string Name { get; init; } = "";
}

/// <summary>The host lifted a ban: the player may join the room again.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberUnbanned : RoomEvent
{
    [Key(2), Id(0)] public string PlayerId { get; init; } = "";
    [Key(3), Id(1)] public string Name { get; init; } = "";
}

/// <summary>The host muted a member: their messages, tags, scores, reflections and support lines are refused.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberMuted : RoomEvent
{
    [Key(2), Id(0)] public string PlayerId { get; init; } = "";
    [Key(3), Id(1)] public string Name { get; init; } = "";
}

/// <summary>The host unmuted a member.</summary>
[MessagePackObject, GenerateSerializer, Immutable]
public sealed class MemberUnmuted : RoomEvent
{
    [Key(2), Id(0)] public string PlayerId { get; init; } = "";
    [Key(3), Id(1)] public string Name { get; init; } = "";
}

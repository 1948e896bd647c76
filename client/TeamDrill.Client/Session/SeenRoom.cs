using System.Collections.Immutable;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Session;

/// <summary>
/// The room as this player has seen it (not the server's room state): rebuilt from a snapshot and the
/// events that follow it, showing only what this player may see. Immutable:
/// every Apply returns a new state (or the same one for a duplicate), so a screen can hold a state while
/// the connection moves on.
/// </summary>
public sealed record SeenRoom
{
    public required string Code { get; init; }
    public required string MyPlayerId { get; init; }
    /// <summary>Sequence number of the last event (or snapshot) applied.</summary>
    public long LastSeq { get; init; }
    public string HostId { get; init; } = "";
    public DrillPhase Phase { get; init; }
    public ImmutableList<MemberView> Members { get; init; } = [];
    public int DrillNumber { get; init; }
    public PublicBrief? Brief { get; init; }
    /// <summary>The whole card, when this player is the customer of the current drill.</summary>
    public CustomerCard? Card { get; init; }
    public ImmutableList<TranscriptMessage> Transcript { get; init; } = [];
    public int Anger { get; init; }
    public ImmutableList<AngerPoint> AngerCurve { get; init; } = [];
    public DateTimeOffset? CallEndsAt { get; init; }
    public CallOutcome Outcome { get; init; }
    /// <summary>Who ended the call; empty when the time limit did or when unknown (after a snapshot).</summary>
    public string EndedBy { get; init; } = "";
    public ImmutableList<string> SubmittedScorerIds { get; init; } = [];
    /// <summary>Scorers expected to submit, as the server last said; null until it has said.</summary>
    public int? ScorerCountFromServer { get; init; }
    public RubricSheet? MyRubric { get; init; }
    /// <summary>Tags this player may see: its own as a scorer, everyone's after the debrief.</summary>
    public ImmutableList<MessageTag> Tags { get; init; } = [];
    public Debrief? Debrief { get; init; }
    public ImmutableList<RubricCriterionView> Rubric { get; init; } = [];
    /// <summary>Private coach hints, when this player is the agent of a practice drill.</summary>
    public ImmutableList<CoachHint> MyHints { get; init; } = [];
    /// <summary>Whether the agent has written the reflection the debrief waits for.</summary>
    public bool ReflectionWritten { get; init; }
    public int? MyFidelity { get; init; }
    /// <summary>My own line of peer support for this drill, once I have left one as a scorer.</summary>
    public string? MySupportLine { get; init; }
    public DateTimeOffset? ScoringEndsAt { get; init; }
    /// <summary>Practice rooms coach the agent; league drills do not.</summary>
    public bool Practice { get; init; } = true;
    public bool Paused { get; init; }
    /// <summary>Why this league room was cancelled ("This drill was cancelled: ..."); empty while it runs.</summary>
    public string Cancelled { get; init; } = "";
    /// <summary>Names the host has banned (removed) from the room; the host's snapshot lists them all.</summary>
    public ImmutableList<string> BannedNames { get; init; } = [];

    public MemberView? Me => FindMember(MyPlayerId);
    public DrillRole MyRole => Me?.Role ?? DrillRole.None;
    public bool IAmHost => HostId == MyPlayerId;
    public MemberView? Host => FindMember(HostId);

    public int ScorerCount => ScorerCountFromServer ?? Members.Count(m => m.Role == DrillRole.Scorer);

    public static SeenRoom Empty(string code, string myPlayerId) => new() { Code = code, MyPlayerId = myPlayerId };

    public static SeenRoom FromSnapshot(RoomSnapshot snapshot, string myPlayerId) => new()
    {
        Code = snapshot.Code,
        MyPlayerId = myPlayerId,
        LastSeq = snapshot.Seq,
        HostId = snapshot.HostId,
        Phase = snapshot.Phase,
        Members = WithHostFlags([.. snapshot.Members], snapshot.HostId),
        DrillNumber = snapshot.DrillNumber,
        Brief = snapshot.Brief,
        Card = snapshot.Card,
        Transcript = [.. snapshot.Transcript.OrderBy(m => m.Number)],
        Anger = snapshot.Anger,
        AngerCurve = [.. snapshot.AngerCurve],
        CallEndsAt = snapshot.CallEndsAt,
        Outcome = snapshot.Outcome,
        SubmittedScorerIds = [.. snapshot.SubmittedScorerIds],
        MyRubric = snapshot.MyRubric,
        Tags = [.. snapshot.Tags],
        Debrief = snapshot.Debrief,
        Rubric = [.. snapshot.Rubric],
        MyHints = [.. snapshot.MyHints],
        ReflectionWritten = snapshot.ReflectionWritten,
        ScoringEndsAt = snapshot.ScoringEndsAt,
        Practice = snapshot.Practice,
        Paused = snapshot.Paused,
        Cancelled = snapshot.Cancelled,
        MySupportLine = snapshot.MySupportLine,
        BannedNames = [.. snapshot.BannedNames],
    };

    /// <summary>A snapshot replaces everything this state knew.</summary>
    public SeenRoom Apply(RoomSnapshot snapshot) => FromSnapshot(snapshot, MyPlayerId);

    /// <summary>True when <paramref name="roomEvent"/> is new to this state (not a duplicate or an old event).</summary>
    public bool IsNew(RoomEvent roomEvent) => roomEvent.Seq > LastSeq;

    /// <summary>Applies one event; returns this same instance when the event was already applied.</summary>
    public SeenRoom Apply(RoomEvent roomEvent)
    {
        if (!IsNew(roomEvent))
        {
            return this;
        }

        var next = roomEvent switch
        {
            MemberJoined e => this with
            {
                Members = Upsert(Members, e.Member),
                HostId = HostId.Length == 0 && e.Member.IsHost ? e.Member.PlayerId : HostId,
            },
            MemberLeft e => this with
            {
                Members = WithHostFlags(Members.RemoveAll(m => m.PlayerId == e.PlayerId), e.HostId),
                HostId = e.HostId,
            },
            MemberBanned e => this with
            {
                Members = Members.RemoveAll(m => m.PlayerId == e.PlayerId),
                BannedNames = BannedNames.Contains(e.Name) ? BannedNames : BannedNames.Add(e.Name),
            },
            MemberUnbanned e => this with { BannedNames = BannedNames.Remove(e.Name) },
            MemberMuted e => this with { Members = Members.ConvertAll(m => m.PlayerId == e.PlayerId ? Muted(m, true) : m) },
            MemberUnmuted e => this with { Members = Members.ConvertAll(m => m.PlayerId == e.PlayerId ? Muted(m, false) : m) },
            RolesAssigned e => this with { Members = AssignRoles(Members, e.Members) },
            DrillStarted e => StartDrill(e),
            CustomerCardDealt e => e.DrillNumber == DrillNumber || DrillNumber == 0 ? this with { Card = e.Card } : this,
            MessagePosted e => Transcript.Any(m => m.Number == e.Message.Number)
                ? this
                : this with { Transcript = Transcript.Add(e.Message) },
            AngerChanged e => this with
            {
                Anger = e.Level,
                AngerCurve = AngerCurve.Add(new AngerPoint { At = e.At, Level = e.Level, AfterMessage = Transcript.Count }),
            },
            MessageTagged e => this with { Tags = Tags.Add(e.Tag) },
            CallEnded e => this with { Phase = DrillPhase.Scoring, Outcome = e.Outcome, EndedBy = e.EndedBy, ScoringEndsAt = e.ScoringEndsAt, Paused = false },
            CoachHintGiven e => this with { MyHints = MyHints.Add(e.Hint) },
            TeamDrill.Shared.Protocol.ReflectionWritten => this with { ReflectionWritten = true },
            FidelityRated e => this with { MyFidelity = e.Rating.Score },
            SupportRecorded e => this with { MySupportLine = e.Line.Text },
            CallPaused => this with { Paused = true },
            CallResumed e => this with { Paused = false, CallEndsAt = e.CallEndsAt },
            DrillCancelled e => this with { Phase = DrillPhase.Lobby, Cancelled = e.Message, Paused = false, Card = null },
            RubricSubmitted e => this with
            {
                SubmittedScorerIds = SubmittedScorerIds.Contains(e.ScorerId) ? SubmittedScorerIds : SubmittedScorerIds.Add(e.ScorerId),
                ScorerCountFromServer = e.ScorerCount,
            },
            RubricRecorded e => this with { MyRubric = e.Sheet },
            DebriefPublished e => this with
            {
                Phase = DrillPhase.Debrief,
                Debrief = e.Debrief,
                Outcome = e.Debrief.Outcome,
                Tags = [.. e.Debrief.Tags],
                AngerCurve = e.Debrief.AngerCurve.Count > 0 ? [.. e.Debrief.AngerCurve] : AngerCurve,
            },
            // An event kind this client does not know yet: keep the number so it is not asked for again.
            _ => this,
        };

        return next with { LastSeq = roomEvent.Seq };
    }

    /// <summary>The transcript message with this number, if any.</summary>
    public TranscriptMessage? FindMessage(int number) => Transcript.FirstOrDefault(m => m.Number == number);

    public MemberView? FindMember(string playerId) => Members.FirstOrDefault(m => m.PlayerId == playerId);

    private SeenRoom StartDrill(DrillStarted e) => this with
    {
        Phase = DrillPhase.Call,
        DrillNumber = e.DrillNumber,
        Brief = e.Brief,
        Members = e.Members.Count > 0 ? WithHostFlags([.. e.Members], HostId) : Members,
        CallEndsAt = e.CallEndsAt,
        Anger = e.StartingAnger,
        AngerCurve = [new AngerPoint { At = e.At, Level = e.StartingAnger, AfterMessage = 0 }],
        Rubric = [.. e.Rubric],
        // The card of an earlier drill is stale; the new one follows in its own event.
        Card = null,
        Transcript = [],
        Outcome = CallOutcome.None,
        EndedBy = "",
        SubmittedScorerIds = [],
        ScorerCountFromServer = null,
        MyRubric = null,
        Tags = [],
        Debrief = null,
        MyHints = [],
        ReflectionWritten = false,
        MyFidelity = null,
        MySupportLine = null,
        ScoringEndsAt = null,
        Practice = e.Practice,
    };

    private static ImmutableList<MemberView> Upsert(ImmutableList<MemberView> members, MemberView member)
    {
        var index = members.FindIndex(m => m.PlayerId == member.PlayerId);
        return index < 0 ? members.Add(member) : members.SetItem(index, member);
    }

    // The event names the members with a role; every member it does not name is a scorer.
    private static ImmutableList<MemberView> AssignRoles(ImmutableList<MemberView> members, IReadOnlyList<MemberView> named)
    {
        var result = members.ConvertAll(m =>
        {
            var assigned = named.FirstOrDefault(n => n.PlayerId == m.PlayerId);
            return assigned is null ? Copy(m, DrillRole.Scorer, m.IsHost) : Copy(m, assigned.Role, m.IsHost);
        });
        foreach (var newcomer in named.Where(n => members.All(m => m.PlayerId != n.PlayerId)))
        {
            result = result.Add(newcomer);
        }

        return result;
    }

    private static ImmutableList<MemberView> WithHostFlags(ImmutableList<MemberView> members, string hostId) =>
        string.IsNullOrEmpty(hostId)
            ? members
            : members.ConvertAll(m => m.IsHost == (m.PlayerId == hostId) ? m : Copy(m, m.Role, m.PlayerId == hostId));

    private static MemberView Copy(MemberView member, DrillRole role, bool isHost) =>
        member.Role == role && member.IsHost == isHost
            ? member
            : new MemberView { PlayerId = member.PlayerId, Name = member.Name, Role = role, IsHost = isHost, IsMuted = member.IsMuted };

    private static MemberView Muted(MemberView member, bool muted) =>
        new() { PlayerId = member.PlayerId, Name = member.Name, Role = member.Role, IsHost = member.IsHost, IsMuted = muted };
}

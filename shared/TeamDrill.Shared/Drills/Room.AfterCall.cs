using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Drills;

/// <summary>
/// After the call: the agent's short structured reflection (what worked, what they would do differently)
/// and each scorer's optional line of peer support. Both are private until the debrief.
/// </summary>
public sealed partial class Room
{
    /// <summary>The longest each part of the reflection may be (what worked; what I'd do differently).</summary>
    public const int MaxReflectionLength = 280;

    /// <summary>The longest a scorer's line of peer support may be.</summary>
    public const int MaxSupportLength = 160;

    /// <summary>The one-line reflection of older clients: it is the "what worked" part.</summary>
    public IReadOnlyList<StoredEvent> SubmitReflection(string actorId, string text, DateTimeOffset now)
    {
        // Who and when first, so a scorer is told it is not theirs, not that it is empty.
        RequireReflectingAgent(actorId);
        var clean = TextSanitizer.Clean(text ?? "");
        if (clean.Length == 0)
        {
            throw new DrillRuleException("The reflection is empty: one line on how the call went.");
        }

        if (clean.Length > MaxReflectionLength)
        {
            throw new DrillRuleException($"The reflection is {clean.Length} characters long; keep it to one line of at most {MaxReflectionLength}.");
        }

        return SubmitReflection(actorId, clean, "", now);
    }

    /// <summary>Either part may be empty, not both; the reflection is written once.</summary>
    public IReadOnlyList<StoredEvent> SubmitReflection(string actorId, string whatWorked, string doDifferently, DateTimeOffset now)
    {
        var drill = RequireReflectingAgent(actorId);
        var worked = TextSanitizer.Clean(whatWorked ?? "");
        var different = TextSanitizer.Clean(doDifferently ?? "");
        if (worked.Length == 0 && different.Length == 0)
        {
            throw new DrillRuleException("The reflection is empty: write what worked, what you would do differently, or both.");
        }

        RequireShort(worked, "What worked");
        RequireShort(different, "What you would do differently");
        var events = new List<StoredEvent>
        {
            Append(new ReflectionRecorded { Seq = NextSeq, At = now, Text = worked, DoDifferently = different }, EventAudience.Only(actorId)),
            Append(new ReflectionWritten { Seq = NextSeq, At = now, AgentName = Require(actorId).Name }),
        };
        if (ReadyToReveal(drill))
        {
            events.Add(PublishDebrief(drill, closedEarly: false, now));
        }

        return events;
    }

    /// <summary>
    /// A scorer's one line of peer support ("one thing that helped"), during scoring. Once per scorer: a
    /// second is refused, like a second rubric, so what a colleague was told never changes under them.
    /// The debrief does not wait for it.
    /// </summary>
    public IReadOnlyList<StoredEvent> SubmitSupport(string actorId, string text, DateTimeOffset now)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "leave a line of support");
        if (!drill.ScorerIds.Contains(actorId))
        {
            throw new DrillRuleException("Only this drill's scorers leave a line of support for the agent.");
        }

        if (drill.SupportLines.Exists(l => l.ScorerId == actorId))
        {
            throw new DrillRuleException("You have already left your line of support for this drill.");
        }

        RequireNotMuted(actorId, "leave a line of support");

        var clean = TextSanitizer.Clean(text ?? "");
        if (clean.Length == 0)
        {
            throw new DrillRuleException("The line of support is empty: one thing the agent did that helped.");
        }

        if (clean.Length > MaxSupportLength)
        {
            throw new DrillRuleException($"The line of support is {clean.Length} characters long; keep it to one line of at most {MaxSupportLength}.");
        }

        var scorer = Require(actorId);
        var line = new SupportLine { ScorerId = actorId, ScorerName = scorer.Name, Text = clean, At = now };
        return
        [
            Append(new SupportRecorded { Seq = NextSeq, At = now, Line = line }, EventAudience.Only(actorId)),
            Append(new SupportWritten { Seq = NextSeq, At = now, ScorerName = scorer.Name }),
        ];
    }

    private DrillRecord RequireReflectingAgent(string actorId)
    {
        var drill = RequirePhase(DrillPhase.Scoring, "write your reflection");
        if (drill.AgentId != actorId)
        {
            throw new DrillRuleException("Only the agent writes the reflection.");
        }

        if (drill.HasReflection)
        {
            throw new DrillRuleException("You have already written your reflection for this drill.");
        }

        RequireNotMuted(actorId, "write your reflection");

        return drill;
    }

    private static void RequireShort(string part, string name)
    {
        if (part.Length > MaxReflectionLength)
        {
            throw new DrillRuleException($"{name} is {part.Length} characters long; keep it to at most {MaxReflectionLength}.");
        }
    }
}

using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>
/// One readable line per event (a block for the brief, the card and the debrief), with stable prefixes
/// a script can match: <c>* </c> for room news, <c>[N] </c> for transcript messages.
/// </summary>
public static class RoomEventFormatter
{
    public static IEnumerable<string> Format(RoomEventAppliedEventArgs applied)
    {
        var before = applied.Before;
        var after = applied.After;
        switch (applied.Event)
        {
            case MemberJoined e:
                yield return $"* {DisplayText.Clean(e.Member.Name)} joined";
                break;
            case MemberLeft e:
                yield return $"* {DisplayText.Clean(e.Name)} left";
                if (e.HostId.Length > 0 && e.HostId != before.HostId)
                {
                    yield return $"* {NameOf(after, e.HostId)} is now the host";
                }

                break;
            case MemberBanned e:
                yield return $"* {DisplayText.Clean(e.Name)} was removed by the host (banned until the host lifts it: /unban NAME)";
                break;
            case MemberUnbanned e:
                yield return $"* the host lifted the ban on {DisplayText.Clean(e.Name)}: they may join again";
                break;
            case MemberMuted e:
                yield return e.PlayerId == after.MyPlayerId
                    ? "* the host muted you: your messages, tags, scores and notes are refused until you are unmuted"
                    : $"* {DisplayText.Clean(e.Name)} was muted by the host";
                break;
            case MemberUnmuted e:
                yield return e.PlayerId == after.MyPlayerId ? "* the host unmuted you" : $"* {DisplayText.Clean(e.Name)} was unmuted by the host";
                break;
            case RolesAssigned:
                yield return RoomSummaryFormatter.Roles(after.Members);
                break;
            case DrillStarted e:
                yield return $"* drill {e.DrillNumber} started: {DisplayText.Clean(e.Brief.Title)}";
                yield return "  " + RoomSummaryFormatter.Roles(after.Members)[2..];
                foreach (var line in RoomSummaryFormatter.Brief(e.Brief))
                {
                    yield return line;
                }

                var limit = e.CallEndsAt - e.At;
                var limitText = limit > TimeSpan.Zero && limit < TimeSpan.FromDays(1) ? $"time limit {DisplayText.Duration(limit)}, " : "";
                yield return $"  {limitText}starting anger {e.StartingAnger}/{DrillLimits.MaxAnger}";
                yield return after.MyRole == DrillRole.None
                    ? "  you have no role in this drill: you can watch"
                    : $"  you are the {DisplayText.Role(after.MyRole)}{RoleHint(after.MyRole)}";
                break;
            case CustomerCardDealt e:
                yield return "* your card (only you see this):";
                foreach (var line in RoomSummaryFormatter.Card(e.Card))
                {
                    yield return line;
                }

                break;
            case MessagePosted e:
                yield return RoomSummaryFormatter.Message(e.Message);
                break;
            case AngerChanged e:
                yield return $"* anger {e.Level}/{DrillLimits.MaxAnger}";
                break;
            case MessageTagged e:
                yield return Tag(e.Tag, e.Tag.ScorerId == after.MyPlayerId ? null : e.Tag.ScorerName);
                break;
            case CallEnded e:
                var by = e.EndedBy.Length == 0 ? "" : $" (by {NameOf(after, e.EndedBy)})";
                yield return $"* call ended: {DisplayText.Outcome(e.Outcome)}{by}";
                if (after.MyRole == DrillRole.Scorer)
                {
                    yield return "  score it now: /rubric shows the criteria, /score submits, /fidelity N rates the customer's play";
                    yield return "  before you submit: /support one thing the agent did that helped (optional, shown with your name)";
                }
                else if (after.MyRole == DrillRole.Agent)
                {
                    yield return "  before the reveal: /reflect what worked | what you'd do differently";
                }

                break;
            case RubricSubmitted e:
                yield return $"* {DisplayText.Clean(e.ScorerName)} submitted scores ({e.SubmittedCount}/{e.ScorerCount})";
                break;
            case RubricRecorded e:
                yield return "* your scores are recorded: "
                    + string.Join(' ', e.Sheet.Scores.Select(s => $"{DisplayText.Clean(s.Key)}={DisplayText.Score(s.Value)}"));
                break;
            case DebriefPublished e:
                foreach (var line in DebriefFormatter.Format(e.Debrief))
                {
                    yield return line;
                }

                break;
            case CallPaused:
                yield return "* the host paused the call";
                break;
            case CallResumed:
                yield return "* the call goes on";
                break;
            case DrillCancelled e:
                yield return $"* {DisplayText.Clean(e.Message)}";
                break;
            case CoachHintGiven e:
                yield return $"* coach (only you see this): [{e.Hint.MessageNumber}] '{DisplayText.Clean(e.Hint.Phrase)}': {DisplayText.Clean(e.Hint.Why)}"
                    + (e.Hint.Instead is { } instead ? $" Try: {DisplayText.Clean(instead)}" : "");
                break;
            case ReflectionWritten e:
                yield return $"* {DisplayText.Clean(e.AgentName)} wrote a reflection";
                break;
            case SupportWritten e:
                yield return $"* {DisplayText.Clean(e.ScorerName)} left a line of support for the debrief";
                break;
            case SupportRecorded e:
                yield return $"* your line of support is saved for the debrief: \"{DisplayText.Clean(e.Line.Text)}\"";
                break;
            case WatchLinkOpened e:
                yield return $"* {DisplayText.Clean(e.ByName)} opened a projector link: the meeting-room screen can show this room";
                break;
            case WatchLinkClosed e:
                yield return $"* {DisplayText.Clean(e.ByName)} closed the projector link";
                break;
            case FidelityRated e:
                yield return $"* your fidelity rating is recorded: {e.Rating.Score}/5";
                break;
            default:
                yield return $"* (an event this client does not know: {applied.Event.GetType().Name})";
                break;
        }
    }

    public static string Tag(MessageTag tag, string? scorerName = null)
    {
        var by = string.IsNullOrEmpty(scorerName) ? "" : $" (by {DisplayText.Clean(scorerName)})";
        return $"* tag on [{tag.MessageNumber}]: {DisplayText.Clean(tag.Technique)} {DisplayText.Polarity(tag.Polarity)}{by}";
    }

    private static string RoleHint(DrillRole role) => role switch
    {
        DrillRole.Customer => ": play the card below; /anger N moves the meter, /end OUTCOME ends the call",
        DrillRole.Agent => ": type to answer the customer",
        DrillRole.Scorer => ": /tag N TECHNIQUE +|- marks agent messages",
        _ => "",
    };

    // EndedBy and HostId are player ids; fall back to the text itself if no member has it.
    private static string NameOf(SeenRoom state, string playerId) =>
        DisplayText.Clean(state.FindMember(playerId)?.Name ?? playerId);
}

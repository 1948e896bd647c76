using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.LineMode;

/// <summary>Blocks of text about a room: its members, the brief, the customer's card, a whole snapshot.</summary>
public static class RoomSummaryFormatter
{
    public static IEnumerable<string> Room(SeenRoom state)
    {
        var host = state.Host is { } h ? DisplayText.Clean(h.Name) : "nobody";
        var drill = state.DrillNumber == 0 ? "no drill yet" : $"drill {DisplayText.Number(state.DrillNumber)}";
        yield return $"  room {state.Code}: host {host}, phase {DisplayText.Phase(state.Phase)}, {drill}";
        yield return "  members: " + string.Join(", ", state.Members.Select(Member));
        if (state.IAmHost && state.BannedNames.Count > 0)
        {
            yield return "  banned: " + string.Join(", ", state.BannedNames.Select(DisplayText.Clean)) + " (/unban NAME lifts it)";
        }
        if (state.Phase == DrillPhase.Call)
        {
            yield return $"  anger {state.Anger}/{DrillLimits.MaxAnger}, {state.Transcript.Count} messages";
        }
        else if (state.Phase == DrillPhase.Scoring)
        {
            yield return $"  call ended: {DisplayText.Outcome(state.Outcome)}; scores submitted {state.SubmittedScorerIds.Count}/{state.ScorerCount}";
        }
    }

    public static string Roles(IEnumerable<MemberView> members) =>
        "* roles: " + string.Join(' ', members
            .OrderBy(m => m.Role switch { DrillRole.Customer => 0, DrillRole.Agent => 1, DrillRole.Scorer => 2, _ => 3 })
            .Select(m => $"{DisplayText.Clean(m.Name)}={DisplayText.Role(m.Role)}"));

    public static IEnumerable<string> Brief(PublicBrief brief)
    {
        yield return $"  card {DisplayText.Clean(brief.CardId)} (difficulty {brief.Difficulty})";
        yield return $"  customer: {DisplayText.Clean(brief.CustomerName)}";
        if (brief.AccountSummary.Length > 0)
        {
            yield return $"  account: {DisplayText.Clean(brief.AccountSummary)}";
        }

        if (brief.Facts.Count > 0)
        {
            yield return "  facts:";
            foreach (var fact in brief.Facts)
            {
                yield return $"    - {DisplayText.Clean(fact)}";
            }
        }

        yield return $"  opening line: \"{DisplayText.Clean(brief.OpeningLine)}\"";
    }

    public static IEnumerable<string> Card(CustomerCard card)
    {
        yield return $"  starting anger: {card.StartingAnger}/{DrillLimits.MaxAnger}";
        foreach (var section in card.Sections)
        {
            yield return $"  {DisplayText.Clean(section.Heading)}:";
            foreach (var line in section.Lines)
            {
                yield return $"    - {DisplayText.Clean(line)}";
            }
        }
    }

    public static string Message(TranscriptMessage message) =>
        $"[{message.Number}] {DisplayText.Clean(message.SenderName)} ({DisplayText.Role(message.Role)}): {DisplayText.Clean(message.Text)}";

    /// <summary>Everything a player needs after joining mid-way or after a resync that came back as a snapshot.</summary>
    public static IEnumerable<string> Snapshot(SeenRoom state)
    {
        foreach (var line in Room(state))
        {
            yield return line;
        }

        if (state.Phase is DrillPhase.Call or DrillPhase.Scoring && state.Brief is { } brief)
        {
            var part = state.MyRole == DrillRole.None ? "you have no role in it" : $"you are the {DisplayText.Role(state.MyRole)}";
            yield return $"* drill {state.DrillNumber}: {DisplayText.Clean(brief.Title)}; {part}";
            foreach (var line in Brief(brief))
            {
                yield return line;
            }

            if (state.Card is { } card)
            {
                yield return "* your card (only you see this):";
                foreach (var line in Card(card))
                {
                    yield return line;
                }
            }

            foreach (var message in state.Transcript)
            {
                yield return Message(message);
            }

            foreach (var tag in state.Tags)
            {
                yield return RoomEventFormatter.Tag(tag);
            }
        }

        if (state.Phase == DrillPhase.Debrief && state.Debrief is { } debrief)
        {
            foreach (var line in DebriefFormatter.Format(debrief))
            {
                yield return line;
            }
        }
    }

    private static string Member(MemberView member)
    {
        var notes = new List<string>();
        if (member.IsHost)
        {
            notes.Add("host");
        }

        if (member.Role != DrillRole.None)
        {
            notes.Add(DisplayText.Role(member.Role));
        }

        if (member.IsMuted)
        {
            notes.Add("muted");
        }

        var name = DisplayText.Clean(member.Name);
        return notes.Count == 0 ? name : $"{name} ({string.Join(", ", notes)})";
    }
}

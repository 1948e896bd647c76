using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues.Stored;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Text;

namespace TeamDrill.Shared.Leagues;

/// <summary>Creating a league, joining it, presence and groups.</summary>
public sealed partial class League
{
    /// <summary>
    /// Makes this code a league run by <paramref name="actorId"/>, who must be a facilitator
    /// (<paramref name="isFacilitator"/>: they claimed the server's key).
    /// </summary>
    public void Create(string actorId, string actorName, bool isFacilitator, string name, BlockedWords blockedWords, DateTimeOffset now)
    {
        if (State.Exists)
        {
            throw new DrillRuleException($"League {Code} already exists.");
        }

        if (!isFacilitator)
        {
            throw new DrillRuleException("Only a facilitator can create a league: claim the server's facilitator key first (teamdrill league claim KEY).");
        }

        var clean = TextSanitizer.Clean(name).Trim();
        if (clean.Length == 0 || clean.Length > MaxNameLength)
        {
            throw new DrillRuleException($"A league name is 1 to {MaxNameLength} characters long.");
        }

        blockedWords.Check(clean, "league name");

        State.Code = Code;
        State.Name = clean;
        State.FacilitatorId = actorId;
        State.FacilitatorName = actorName;
        State.CreatedAt = now;
    }

    /// <summary>Adds a member. Joining twice is harmless: returns false and changes nothing.</summary>
    public bool Join(string playerId, string name, DateTimeOffset now)
    {
        RequireExisting();
        if (playerId == State.FacilitatorId)
        {
            throw new DrillRuleException("You run this league as its facilitator; facilitators don't play in their own league.");
        }

        if (State.Members.Any(m => m.PlayerId == playerId))
        {
            return false;
        }

        if (State.Members.Count >= MaxMembers)
        {
            throw new DrillRuleException($"League {Code} is full ({MaxMembers} members).");
        }

        State.Members.Add(new LeagueMemberState { PlayerId = playerId, Name = name, JoinedAt = now });
        return true;
    }

    /// <summary>A member marks themselves; the facilitator marks anyone.</summary>
    public void SetPresence(string actorId, string member, string presence)
    {
        RequireExisting();
        var wanted = LeaguePresenceWords.Parse(presence)
            ?? throw new DrillRuleException($"'{TextSanitizer.Clean(presence ?? "")}' is not a presence: use {LeaguePresenceWords.Allowed}.");
        var target = Member(member);
        if (actorId != State.FacilitatorId && actorId != target.PlayerId)
        {
            throw new DrillRuleException("Only the facilitator marks someone else present, absent or away.");
        }

        target.Presence = wanted;
    }

    public void SetGroup(string actorId, string member, string group, BlockedWords blockedWords)
    {
        RequireFacilitator(actorId, "put members in groups");
        var target = Member(member);
        var clean = TextSanitizer.Clean(group).Trim();
        if (clean.Length > MaxGroupLength)
        {
            throw new DrillRuleException($"A group name is at most {MaxGroupLength} characters long.");
        }

        blockedWords.Check(clean, "group name");

        target.Group = clean;
    }

    /// <summary>
    /// Reads presence as stored before presence per round: that kind of absence lasted until marked
    /// present, which is away now. Returns whether anything was upgraded.
    /// </summary>
    public bool UpgradeStoredPresence()
    {
        var old = State.Members.Where(m => m.AbsentUntilPresent).ToList();
        foreach (var member in old)
        {
            member.Presence = LeaguePresence.Away;
            member.AbsentUntilPresent = false;
        }

        return old.Count > 0;
    }
}

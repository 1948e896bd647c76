namespace TeamDrill.Client.LineMode;

/// <summary>The text of <c>/help</c>, and the usage line each command's errors quote.</summary>
public static class CommandHelp
{
    public const string Join = "/join CODE";
    public const string Role = "/role NAME customer|agent|scorer|watcher";
    public const string Start = "/start [CARD-ID]";
    public const string Anger = "/anger N";
    public const string Tag = "/tag N TECHNIQUE +|-";
    public const string End = "/end resolved|escalated|hungup";
    public const string Score = "/score 4 3 5 na ... (in rubric order) or /score empathy=4 listening=3 ...";
    public const string Debrief = "/debrief [CODE] N";
    public const string Reflect = "/reflect WORKED | DIFFERENTLY";
    public const string Support = "/support TEXT";
    public const string Fidelity = "/fidelity N";
    public const string Save = "/save N [FILE]";
    public const string Remove = "/remove NAME";
    public const string Projector = "/projector [off]";
    public const string Unban = "/unban NAME";
    public const string Mute = "/mute NAME";
    public const string Unmute = "/unmute NAME";

    public static readonly IReadOnlyList<(string Usage, string What)> Entries =
    [
        ("/help", "this list"),
        ("/create", "create a room; you are its host"),
        (Join, "join a room by its code"),
        ("/leave", "leave the current room"),
        ("/room", "members, roles, host and phase of the current room"),
        (Role, "host: give a member a role for the next drill"),
        ("/auto", "host: fair random roles"),
        (Start, "host: start a drill with that card, or one not played yet"),
        ("/cards", "list the prompt cards"),
        (Anger, "customer: set the anger meter, 0 to 10"),
        (Tag, "scorer: tag agent message [N], e.g. /tag 3 empathy +"),
        (End, "customer: end the call"),
        ("/rubric", "the rubric's criteria with their anchors"),
        ("/score 4 3 5 na ...", "scorer: scores 1-5 or na, in rubric order"),
        ("/score empathy=4 ...", "scorer: the same, by criterion"),
        (Reflect, "agent: what worked | what you'd do differently (either may be empty); the debrief waits for it"),
        (Support, "scorer, before the debrief: one thing the agent did that helped, shown with your name"),
        (Fidelity, "scorer: how faithfully the customer played the card, 1 to 5"),
        ("/close", "host: close scoring and publish the debrief"),
        ("/pause", "host: pause the call (the clock stops)"),
        ("/resume", "host: resume a paused call"),
        ("/endnow", "host: end the call now; scoring follows"),
        (Remove, "host: take a member out of the room and ban them (they cannot rejoin or read it)"),
        (Unban, "host: lift a ban; /room lists the banned names"),
        (Mute, "host: refuse a member's messages, tags, scores and notes"),
        (Unmute, "host: let a muted member speak again"),
        (Projector, "host: a read-only link for the meeting-room screen (off revokes it)"),
        ("/history", "your finished drills"),
        (Save, "save drill N of the current room as a .tdrill archive (teamdrill export/replay read it)"),
        (Debrief, "the debrief of drill N (of the current room unless CODE)"),
        ("/quit", "quit (end of input does too)"),
        ("any other text", "a message to the current room (start it with // to send a leading /)"),
    ];

    public static IEnumerable<string> Lines()
    {
        var width = Entries.Max(e => e.Usage.Length) + 2;
        return Entries.Select(e => "  " + e.Usage.PadRight(width) + e.What);
    }
}

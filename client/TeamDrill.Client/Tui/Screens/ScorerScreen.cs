using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using TagRules = TeamDrill.Shared.Drills.TagRules;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// A scorer: a cursor on the transcript, one-key technique tags (+ and −) on the selected agent message,
/// and the blind rubric. Shows only this scorer's own tags and sheet; nobody's scores until the debrief.
/// </summary>
public sealed class ScorerScreen : DrillScreenBase
{
    private const int SideWidth = 38;
    private static readonly string TechniqueKeys = "1234567890";
    private readonly Label _technique;
    private readonly Label _myTags;
    private readonly SupportInput _support;
    private readonly Dictionary<string, int?> _scores = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notApplicable = new(StringComparer.Ordinal);
    private int _techniqueIndex;
    private bool _showAnchors;
    private int _rubricDrill = -1;

    public ScorerScreen(Palette palette)
        : base(palette, "Rubric (blind)", SideWidth, transcriptCursor: true)
    {
        _technique = new Label { HotKeySpecifier = NoHotKey.Specifier, X = 0, Y = Pos.AnchorEnd(4), Width = Dim.Fill(SideWidth), Text = "" };
        _myTags = new Label { HotKeySpecifier = NoHotKey.Specifier, X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(SideWidth), Text = "" };
        // One row above the tag lines: the optional line of peer support, open during scoring.
        TranscriptFrame.Height = Dim.Fill(5);
        _support = new SupportInput { X = 0, Y = Pos.AnchorEnd(5), Width = Dim.Fill(SideWidth) };
        _support.Submitted += (_, text) => SupportSubmitted?.Invoke(this, text);
        _support.Refused += (_, reason) => ShowMessage($"! {reason}");
        _support.Field.HasFocusChanged += (_, _) => RefreshKeyBar();
        Add(_technique, _myTags, _support);
        Transcript.ValueChanged += (_, _) => ShowMyTags();
        Transcript.HasFocusChanged += (_, _) => RefreshKeyBar();
        SideList.HasFocusChanged += (_, _) => RefreshKeyBar();
        Transcript.SetFocus();
        var onTranscript = () => Room is not null && !SideList.HasFocus && !_support.HasFocus;
        var onRubric = () => Room is not null && SideList.HasFocus;
        var scoring = () => onRubric() && !Submitted;
        const string transcript = "On the transcript:", rubric = "On the rubric:";
        UseKeys(
        [
            new("↑↓", "Message", "move the cursor between messages") { When = onTranscript, Section = transcript },
            new("1-0", "Technique", "pick the technique (rubric criterion 1..10) to tag with")
            {
                Matches = key => TechniqueIndex(key) < (Room?.Rubric.Count ?? 0),
                When = onTranscript,
                Section = transcript,
                Run = key => PickTechnique(TechniqueIndex(key)),
            },
            new("+", "Tag +", "tag the selected agent message: the technique done well")
            {
                Matches = key => key.AsRune.Value is '+' or '=',
                When = onTranscript,
                Section = transcript,
                Run = _ => Tag(TagPolarity.Plus),
            },
            new("-", "Tag −", "tag the selected agent message: the technique done badly")
            {
                Matches = key => key.AsRune.Value is '-' or '_',
                When = onTranscript,
                Section = transcript,
                Run = _ => Tag(TagPolarity.Minus),
            },
            TabKey("Rubric", "to the rubric") with { When = onTranscript, Section = transcript },
            new("↑↓", "Criterion", "pick a criterion") { When = onRubric, OnBar = ScreenKey.Never, Section = rubric },
            new("1-5", "Score", "score the selected criterion (moves to the next)")
            {
                Matches = key => key.AsRune.Value is >= '1' and <= '5',
                When = onRubric,
                OnBar = scoring,
                Section = rubric,
                Run = key => Score(key.AsRune.Value - '0'),
            },
            new("n", "N/A", "N/A, where the criterion allows it") { When = onRubric, OnBar = scoring, Section = rubric, Run = _ => MarkNotApplicable() },
            new("a", "Anchors", "show or hide the selected criterion's behavioural anchors") { When = onRubric, Section = rubric, Run = _ => ToggleAnchors() },
            new("Enter", "Submit", "submit (each criterion needs a score or N/A); then ✔ shows")
            {
                Matches = key => key == Key.Enter || key.AsRune.Value == 's',
                When = onRubric,
                OnBar = scoring,
                Section = rubric,
                Run = _ => Submit(),
            },
            TabKey("Transcript", "back to the transcript") with { When = onRubric, Section = rubric },
            new("h", "Helped?", "scoring: one line on what helped")
            {
                When = () => (onTranscript() || onRubric()) && _support.Enabled,
                Section = rubric,
                Run = _ => OpenSupport(),
            },
            CloseScoringKey() with { Section = "" },
            HelpKey(),
            BackToLobbyKey(),
        ]);
    }

    public event EventHandler<TagRequest>? TagRequested;
    public event EventHandler<Dictionary<string, int?>>? RubricSubmitted;

    /// <summary>The scorer's one line of peer support, during scoring.</summary>
    public event EventHandler<string>? SupportSubmitted;

    public SupportInput Support => _support;

    protected override string RoleName => "Scorer";

    public bool RubricFocused => SideList.HasFocus;

    public int? SelectedMessageNumber =>
        Transcript.SelectedItem is { } row && TranscriptSource.KeyAt(row) is var n && n > 0 ? n : null;

    public bool Submitted => Room?.MyRubric is not null || (Room is { } r && r.SubmittedScorerIds.Contains(r.MyPlayerId));

    public void SelectMessage(int number)
    {
        var row = TranscriptSource.FirstRowOf(number);
        if (row >= 0)
        {
            Transcript.SelectedItem = row;
        }
    }

    protected override bool FollowsTranscript => false;

    protected override string MessageText(SeenRoom state, TranscriptMessage message)
    {
        var mine = MyTags(state, message.Number).ToList();
        var tags = mine.Count == 0 ? "" : "  {" + string.Join(' ', mine.Select(t => t.Technique + DisplayText.Polarity(t.Polarity))) + "}";
        return base.MessageText(state, message) + tags;
    }

    protected override void OnRoomUpdated(SeenRoom? previous, SeenRoom state)
    {
        var wasOnLast = previous is null || Transcript.SelectedItem is null
            || TranscriptSource.KeyAt(Transcript.SelectedItem.Value) == (previous.Transcript.LastOrDefault()?.Number ?? -1);
        if (previous is not null && !previous.Tags.Equals(state.Tags))
        {
            foreach (var number in state.Tags.Concat(previous.Tags).Select(t => t.MessageNumber).Distinct())
            {
                if (state.FindMessage(number) is { } message)
                {
                    TranscriptSource.Update(number, MessageText(state, message));
                }
            }
        }

        // The cursor follows new messages while it sits on the last one.
        if (wasOnLast)
        {
            var last = TranscriptSource.Count - 1;
            if (last >= 0)
            {
                Transcript.SelectedItem = last;
            }
        }

        if (state.DrillNumber != _rubricDrill)
        {
            _rubricDrill = state.DrillNumber;
            _scores.Clear();
            _notApplicable.Clear();
            _techniqueIndex = 0;
        }

        ShowRubric();
        ShowTechnique();
        ShowMyTags();
        _support.Show(state.Phase, state.MySupportLine);
        ShowMessage(state.Phase == DrillPhase.Call ? "Tag the agent's messages as the call goes; score the rubric after." : PhaseLine(state));
    }

    protected override void FocusDefault() => Transcript.SetFocus();

    protected override IReadOnlyList<View> FocusCycle => [Transcript, SideList, _support];

    protected override IEnumerable<string> HelpIntro() =>
        ["You are a scorer. All tags and scores stay hidden until the debrief."];

    private void OpenSupport()
    {
        _support.Field.SetFocus();
        ShowMessage($"Helped? one thing the agent did that helped; Enter sends it (once, at most {TeamDrill.Shared.Drills.Room.MaxSupportLength} characters, shown with your name).");
    }

    private static int TechniqueIndex(Key key) =>
        key.AsRune.Value is >= '0' and <= '9' ? TechniqueKeys.IndexOf((char)key.AsRune.Value, StringComparison.Ordinal) : int.MaxValue;

    private void PickTechnique(int index)
    {
        _techniqueIndex = index;
        ShowTechnique();
    }

    private bool RefusedAsSubmitted()
    {
        if (Submitted)
        {
            ShowMessage("! your rubric is already submitted");
        }

        return Submitted;
    }

    private void Score(int score)
    {
        if (RefusedAsSubmitted() || Room is not { } room || SelectedCriterion(room) is not { } criterion)
        {
            return;
        }

        _scores[criterion.Id] = score;
        _notApplicable.Remove(criterion.Id);
        ShowRubric();
        MoveToNextCriterion(room, criterion);
    }

    private void MarkNotApplicable()
    {
        if (RefusedAsSubmitted() || Room is not { } room || SelectedCriterion(room) is not { } criterion)
        {
            return;
        }

        if (!criterion.AllowsNotApplicable)
        {
            ShowMessage($"! {DisplayText.Clean(criterion.Name)} cannot be N/A");
            return;
        }

        _notApplicable.Add(criterion.Id);
        _scores.Remove(criterion.Id);
        ShowRubric();
        MoveToNextCriterion(room, criterion);
    }

    private void ToggleAnchors()
    {
        _showAnchors = !_showAnchors;
        ShowRubric();
    }

    private void Submit()
    {
        if (RefusedAsSubmitted() || Room is not { } room)
        {
            return;
        }

        var missing = room.Rubric.Where(c => !_scores.ContainsKey(c.Id) && !_notApplicable.Contains(c.Id)).ToList();
        if (missing.Count > 0)
        {
            ShowMessage($"! score every criterion first: {string.Join(", ", missing.Select(c => DisplayText.Clean(c.Name)))}");
            return;
        }

        if (room.Phase != DrillPhase.Scoring)
        {
            ShowMessage("! the rubric is submitted after the call ends");
            return;
        }

        var sheet = room.Rubric.ToDictionary(c => c.Id, c => _notApplicable.Contains(c.Id) ? null : _scores[c.Id], StringComparer.Ordinal);
        RubricSubmitted?.Invoke(this, sheet);
    }

    private void MoveToNextCriterion(SeenRoom room, RubricCriterionView current)
    {
        var index = room.Rubric.ToList().FindIndex(c => c.Id == current.Id);
        if (index >= 0 && index + 1 < room.Rubric.Count)
        {
            var row = SideSource.FirstRowOf(index + 1);
            if (row >= 0)
            {
                SideList.SelectedItem = row;
            }
        }
    }

    private RubricCriterionView? SelectedCriterion(SeenRoom room)
    {
        var key = SideList.SelectedItem is { } row ? SideSource.KeyAt(row) : -1;
        return key >= 0 && key < room.Rubric.Count ? room.Rubric[key] : null;
    }

    private void Tag(TagPolarity polarity)
    {
        if (Room is not { } room)
        {
            return;
        }

        if (!TagRules.IsOpen(room.Phase))
        {
            ShowMessage("! tagging is over for this drill");
            return;
        }

        if (SelectedMessageNumber is not { } number || room.FindMessage(number) is not { } message)
        {
            ShowMessage("! no message selected");
            return;
        }

        if (!TagRules.IsTaggable(message.Role))
        {
            ShowMessage($"! message [{number}] is the customer's: only the agent's messages are tagged");
            return;
        }

        if (_techniqueIndex >= room.Rubric.Count)
        {
            return;
        }

        TagRequested?.Invoke(this, new TagRequest(number, room.Rubric[_techniqueIndex].Id, polarity));
    }

    private void ShowTechnique()
    {
        if (Room is not { } room || room.Rubric.Count == 0)
        {
            _technique.Text = "Technique: (the rubric has not arrived)";
            return;
        }

        var criterion = room.Rubric[Math.Min(_techniqueIndex, room.Rubric.Count - 1)];
        _technique.Text = $"Technique [{TechniqueKeys[_techniqueIndex]}] {DisplayText.Clean(criterion.Name)} ({criterion.Id}): + or - tags the selected message";
    }

    private void ShowMyTags()
    {
        if (Room is not { } room || SelectedMessageNumber is not { } number)
        {
            _myTags.Text = "";
            return;
        }

        var mine = MyTags(room, number).Select(t => $"{t.Technique} {DisplayText.Polarity(t.Polarity)}").ToList();
        _myTags.Text = mine.Count == 0 ? $"Your tags on [{number}]: none" : $"Your tags on [{number}]: {string.Join(", ", mine)}";
    }

    // Only this scorer's tags, even if a state ever carried someone else's before the debrief.
    private static IEnumerable<MessageTag> MyTags(SeenRoom state, int number) =>
        state.Tags.Where(t => t.MessageNumber == number && t.ScorerId == state.MyPlayerId);

    private void ShowRubric()
    {
        if (Room is not { } room)
        {
            return;
        }

        var selected = SideList.SelectedItem is { } row ? SideSource.KeyAt(row) : 0;
        SideSource.Clear();
        var mine = room.MyRubric;
        SideFrame.Title = Submitted ? "Rubric ✔ submitted" : "Rubric (blind)";
        for (var i = 0; i < room.Rubric.Count; i++)
        {
            var criterion = room.Rubric[i];
            var score = mine is not null
                ? mine.Scores.TryGetValue(criterion.Id, out var s) ? DisplayText.Score(s).ToUpperInvariant().Replace("NA", "N/A", StringComparison.Ordinal) : "?"
                : _notApplicable.Contains(criterion.Id) ? "N/A" : _scores.TryGetValue(criterion.Id, out var v) ? v!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "·";
            var text = $"{TechniqueKeys[Math.Min(i, 9)]} {TextWrap.Fit(DisplayText.Clean(criterion.Name), 24)} {score}";
            if (_showAnchors && i == selected)
            {
                for (var a = 0; a < criterion.Anchors.Count; a++)
                {
                    text += $"\n   {a + 1}: {DisplayText.Clean(criterion.Anchors[a])}";
                }

                if (criterion.AllowsNotApplicable)
                {
                    text += "\n   N/A allowed";
                }
            }

            SideSource.Add(i, text, "     ");
        }

        var submittedNames = room.SubmittedScorerIds.Select(id => room.FindMember(id)?.Name ?? id).Select(DisplayText.Clean).ToList();
        SideSource.Add(room.Rubric.Count, "");
        SideSource.Add(room.Rubric.Count + 1, $"Submitted {room.SubmittedScorerIds.Count}/{room.ScorerCount}: {string.Join(", ", submittedNames)}");
        var selectRow = SideSource.FirstRowOf(Math.Clamp(selected, 0, Math.Max(0, room.Rubric.Count - 1)));
        SideList.SelectedItem = selectRow >= 0 ? selectRow : null;
    }
}

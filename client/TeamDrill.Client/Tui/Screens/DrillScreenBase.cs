using TeamDrill.Client.Session;
using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>
/// What the customer's, the agent's and the scorer's screens share: the transcript (appended to, never
/// rebuilt, as messages arrive), a side pane, and the host's F8 to close scoring.
/// </summary>
public abstract class DrillScreenBase : ScreenBase
{
    private int _drillShown = -1;

    protected DrillScreenBase(Palette palette, string sideTitle, int sideWidth, bool transcriptCursor = false)
        : base(palette)
    {
        SideFrame = new FrameView { Title = sideTitle, X = Pos.AnchorEnd(sideWidth), Y = 0, Width = sideWidth, Height = Dim.Fill(2) };
        SideSource = new WrappedListSource { CursorGutter = transcriptCursor };
        SideList = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = SideSource };
        SideList.ViewportChanged += (_, _) => SideSource.SetWidth(SideList.Viewport.Width);
        SideFrame.Add(SideList);

        TranscriptFrame = new FrameView { Title = "Transcript", X = 0, Y = 0, Width = Dim.Fill(sideWidth), Height = Dim.Fill(4) };
        TranscriptSource = new WrappedListSource { CursorGutter = transcriptCursor };
        Transcript = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = TranscriptSource };
        Transcript.ViewportChanged += (_, _) => TranscriptSource.SetWidth(Transcript.Viewport.Width);
        TranscriptFrame.Add(Transcript);
        Add(TranscriptFrame, SideFrame);
        RouteKeysFrom(Transcript);
        RouteKeysFrom(SideList);
    }

    /// <summary>The host, during scoring: publish the debrief with the rubrics submitted so far.</summary>
    public event EventHandler? CloseScoringRequested;

    public SeenRoom? Room { get; private set; }

    protected FrameView TranscriptFrame { get; }

    protected ScreenListView Transcript { get; }

    public WrappedListSource TranscriptSource { get; }

    protected FrameView SideFrame { get; }

    protected ScreenListView SideList { get; }

    public WrappedListSource SideSource { get; }

    protected abstract string RoleName { get; }

    /// <summary>Shows <paramref name="state"/>: appends messages not shown yet, then the role's own parts.</summary>
    public void Update(SeenRoom state)
    {
        var previous = Room;
        Room = state;
        if (state.DrillNumber != _drillShown)
        {
            _drillShown = state.DrillNumber;
            TranscriptSource.Clear();
            previous = null;
        }

        var atEnd = IsAtEnd();
        for (var i = TranscriptSource.EntryCount; i < state.Transcript.Count; i++)
        {
            var message = state.Transcript[i];
            TranscriptSource.Add(message.Number, MessageText(state, message));
        }

        Title = $"{RoleName} — {DisplayText.Clean(state.Brief?.Title ?? "drill")} — room {state.Code}";
        OnRoomUpdated(previous, state);
        if (atEnd && FollowsTranscript)
        {
            ScrollToEnd();
        }

        RefreshKeyBar();
        SetNeedsDraw();
    }

    /// <summary>True when new messages should scroll into view (the player is not reading back).</summary>
    protected virtual bool FollowsTranscript => true;

    protected virtual string MessageText(SeenRoom state, TranscriptMessage message) =>
        $"[{message.Number}] {DisplayText.Clean(message.SenderName)} ({DisplayText.Role(message.Role)}): {DisplayText.Clean(message.Text)}";

    protected abstract void OnRoomUpdated(SeenRoom? previous, SeenRoom state);

    /// <summary>F8, the host's during scoring: every drill screen lists it just before its help and back keys.</summary>
    protected ScreenKey CloseScoringKey() =>
        new("F8", "Close scoring", "host, after the call: close scoring, publish the debrief")
        {
            When = () => Room is { Phase: DrillPhase.Scoring, IAmHost: true },
            Run = _ => CloseScoringRequested?.Invoke(this, EventArgs.Empty),
        };

    /// <summary>Esc on a drill screen: the lobby, while the drill goes on.</summary>
    protected ScreenKey BackToLobbyKey() =>
        BackKey("Lobby", "back to the lobby (the drill goes on)");

    protected static string PhaseLine(SeenRoom state) => state.Phase switch
    {
        DrillPhase.Call => "On the call",
        DrillPhase.Scoring => $"Call ended ({DisplayText.Outcome(state.Outcome)}); scorers are scoring: {state.SubmittedScorerIds.Count}/{state.ScorerCount} submitted",
        DrillPhase.Debrief => "The debrief is out",
        _ => "Waiting for the host to start",
    };

    private bool IsAtEnd() => Transcript.Viewport.Y + Transcript.Viewport.Height >= TranscriptSource.Count - 1;

    protected void ScrollToEnd()
    {
        var height = Math.Max(1, Transcript.Viewport.Height);
        var top = Math.Max(0, TranscriptSource.Count - height);
        if (Transcript.Viewport.Y != top)
        {
            Transcript.Viewport = Transcript.Viewport with { Y = top };
        }
    }
}

using TeamDrill.Client.Text;
using TeamDrill.Client.Tui.Text;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TeamDrill.Client.Tui.Screens;

/// <summary>The reveal: outcome, the consensus per criterion as bars, the anger curve, and the tags per message.</summary>
public sealed class DebriefScreen : ScreenBase
{
    private readonly Label _summary;
    private readonly ConsensusChart _chart;
    private readonly AngerCurveView _curve;
    private readonly WrappedListSource _tags = new() { CursorGutter = true };
    private readonly ScreenListView _tagList;

    public DebriefScreen(Palette palette)
        : base(palette)
    {
        Title = "Debrief";
        _summary = new Label { HotKeySpecifier = NoHotKey.Specifier, X = 0, Y = 0, Width = Dim.Fill(), Height = 4, Text = "" };
        var chartFrame = new FrameView { Title = "Consensus (1-5)", X = 0, Y = 4, Width = Dim.Percent(62), Height = 11 };
        _chart = new ConsensusChart(palette) { Width = Dim.Fill(), Height = Dim.Fill() };
        chartFrame.Add(_chart);
        var curveFrame = new FrameView { Title = "Anger over the call", X = Pos.Right(chartFrame), Y = 4, Width = Dim.Fill(), Height = 11 };
        _curve = new AngerCurveView(palette) { Width = Dim.Fill(), Height = Dim.Fill() };
        curveFrame.Add(_curve);
        var tagsFrame = new FrameView { Title = "Tags per message", X = 0, Y = 15, Width = Dim.Fill(), Height = Dim.Fill(2) };
        _tagList = new ScreenListView { Width = Dim.Fill(), Height = Dim.Fill(), Source = _tags };
        _tagList.ViewportChanged += (_, _) => _tags.SetWidth(_tagList.Viewport.Width);
        tagsFrame.Add(_tagList);
        Add(_summary, chartFrame, curveFrame, tagsFrame);
        RouteKeysFrom(_tagList);
        _summary.CanFocus = false;
        _tagList.SetFocus();
        UseKeys(
        [
            new("x", "Export Markdown", "export this debrief to a Markdown file in the current folder")
            {
                When = () => Debrief is not null,
                OnBar = ScreenKey.Always,
                Run = _ => ExportRequested?.Invoke(this, Debrief!),
            },
            new("↑↓", "Scroll tags", "scroll the messages"),
            HelpKey(),
            BackKey("Back", "back"),
        ]);
    }

    public event EventHandler<Debrief>? ExportRequested;

    public Debrief? Debrief { get; private set; }

    public AngerCurveView Curve => _curve;

    public void Show(Debrief debrief)
    {
        Debrief = debrief;
        Title = $"Debrief — {DisplayText.Clean(debrief.Brief.Title)} — room {DisplayText.Clean(debrief.RoomCode)} drill {debrief.DrillNumber}";
        var agent = debrief.Participants.FirstOrDefault(p => p.Role == DrillRole.Agent)?.Name ?? "?";
        var customer = debrief.Participants.FirstOrDefault(p => p.Role == DrillRole.Customer)?.Name ?? "?";
        var overall = debrief.OverallScore is { } o ? DisplayText.Decimal(o) + "/5" : "n/a";
        var early = debrief.ClosedEarly ? $" · closed early with {debrief.Rubrics.Count} rubric(s)" : $" · {debrief.Rubrics.Count} rubric(s)";
        var score = debrief.Figures?.Score is { } s ? $" · score {DisplayText.Decimal(s)}/100" : "";
        var alpha = debrief.Figures is { } f ? " · agreement " + AgreementText(f.OrdinalAlpha) : "";
        // What the card was scored on is shown only now, so the agent was not warned during the call (archives do not keep it).
        var scoredOn = debrief.Brief.Criteria.Count > 0 ? "Scored on: " + string.Join(", ", debrief.Brief.Criteria.Select(DisplayText.Clean)) : "";
        var reflection = $"Agent's reflection: {AfterCallText.Reflection(debrief) ?? "(none)"}";
        _summary.Text = $"Outcome: {DisplayText.Outcome(debrief.Outcome).ToUpperInvariant()} · overall {overall}{early}\n" +
            $"Agent {DisplayText.Clean(agent)} · customer {DisplayText.Clean(customer)}{score}{alpha}\n" + reflection + "\n" + scoredOn;
        _chart.SetConsensus(debrief.Consensus);
        _curve.SetCurve(debrief.AngerCurve);
        _tags.Clear();
        ShowSupport(debrief);
        foreach (var message in debrief.Transcript.OrderBy(m => m.Number))
        {
            var summary = TagSummary.For(debrief.Tags.Where(t => t.MessageNumber == message.Number));
            var tagText = summary.Length > 0 ? $"  ⟨{summary}⟩" : "";
            _tags.Add(message.Number, $"[{message.Number}] {DisplayText.Clean(message.SenderName)}: {DisplayText.Clean(message.Text)}{tagText}");
        }

        SetNeedsDraw();
    }

    protected override void FocusDefault() => _tagList.SetFocus();

    /// <summary>"≈" marks one drill's alpha as indicative; the help line says so in words.</summary>
    private static string AgreementText(AgreementFigure figure) =>
        figure.Alpha is { } a ? $"α≈{a.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ({figure.PairableValues} values)"
        : figure.Reason == DebriefFiguresBuilder.OneScorerReason ? "n/a (one scorer)"
        : "n/a (not enough data)";

    // Peer support heads the list, above the messages (key 0: no message has that number).
    private void ShowSupport(Debrief debrief)
    {
        if (debrief.SupportLines.Count == 0)
        {
            return;
        }

        _tags.Add(0, AfterCallText.SupportHeading);
        foreach (var line in AfterCallText.Support(debrief))
        {
            _tags.Add(0, "  " + line);
        }
    }

    protected override IEnumerable<string> HelpIntro() =>
    [
        "The debrief: what happened on the call and how the scorers saw it.",
        "Score: 0-100, 80% the rubric, 10% the outcome, 10% how the anger moved.",
        "α≈: Krippendorff's ordinal alpha for the panel (1 = full agreement; n/a when undefined or with one scorer), with the number of paired values; one drill has few, so it is indicative: the round's and season's alpha is the figure to trust.",
        "Consensus: the mean of the scorers' scores per criterion; \"agree\" when all gave the same score, \"spread 2\" when two points lie between the lowest and the highest.",
        "Anger: the customer's anger meter, one column per change, 0 (bottom) to 10 (top).",
        "Tags: every scorer's tags on each message: technique, + done well, − done badly.",
        "Peer support: each scorer's one line on what helped, above the messages, with their name.",
    ];
}

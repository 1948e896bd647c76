using TeamDrill.Client.Tui.Screens;
using TeamDrill.Client.Tui.Widgets;
using TeamDrill.Shared.Protocol;
using Terminal.Gui.Input;
using R = TeamDrill.Tests.Client.SampleRoom;

namespace TeamDrill.Tests.Tui;

[Collection(TuiCollection.Name)]
public sealed class ScorerScreenTests : IDisposable
{
    private readonly Headless _ui = new();

    [Fact]
    public void a_digit_picks_the_technique_and_plus_or_minus_tags_the_selected_agent_message()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-cy"));
        var tags = new List<TagRequest>();
        screen.TagRequested += (_, tag) => tags.Add(tag);

        Assert.Contains("+ Tag +", screen.KeyBar.Line);
        Assert.Contains("1-0 Technique", screen.KeyBar.Line);
        _ui.Press(Key.CursorUp);
        Assert.Equal(2, screen.SelectedMessageNumber);
        _ui.Type("+2-");

        Assert.Equal([new TagRequest(2, "empathy", TagPolarity.Plus), new TagRequest(2, "active-listening", TagPolarity.Minus)], tags);
        Assert.Contains("Technique [2] Active listening", _ui.Text);
    }

    [Fact]
    public void the_customers_messages_cannot_be_tagged()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.OnCall("p-cy"));
        var tags = 0;
        screen.TagRequested += (_, _) => tags++;

        screen.SelectMessage(3);
        _ui.Type("+");

        Assert.Equal(0, tags);
        Assert.Contains("only the agent's messages are tagged", _ui.Text);
    }

    [Fact]
    public void my_own_tags_show_on_the_message_once_the_server_echoes_them()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        var state = TuiRoom.OnCall("p-cy");
        screen.Update(state);

        screen.Update(state.Apply(R.Tag(10, 2, "empathy", TagPolarity.Plus)));
        screen.SelectMessage(2);

        Assert.Contains("{empathy+}", _ui.Text);
        Assert.Contains("Your tags on [2]: empathy +", _ui.Text);
    }

    [Fact]
    public void a_scorer_cannot_see_other_scorers_tags_or_scores_before_the_reveal()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        var dee = R.Member("p-dee", "Dee", DrillRole.Scorer);
        var state = TuiRoom.Scoring("p-cy")
            .Apply(R.Joined(11, dee))
            .Apply(R.Submitted(12, dee, 1, 2));

        // Even if another scorer's tag reached this state, it must not be drawn.
        state = state with { Tags = TuiRoom.Tags(new MessageTag { ScorerId = "p-dee", ScorerName = "Dee", MessageNumber = 2, Technique = "ownership", Polarity = TagPolarity.Minus }) };
        screen.Update(state);
        screen.SelectMessage(2);

        var text = _ui.Text;
        Assert.Contains("Submitted 1/2: Dee", text);
        Assert.DoesNotContain("ownership-", text);
        Assert.DoesNotContain("ownership −", text);
        Assert.Contains("Your tags on [2]: none", text);
        Assert.DoesNotContain("Consensus", text);
    }

    [Fact]
    public void the_rubric_is_scored_with_digits_and_n_then_submitted_with_enter()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.Scoring("p-cy"));
        Dictionary<string, int?>? submitted = null;
        screen.RubricSubmitted += (_, scores) => submitted = scores;

        _ui.Press(Key.Tab);
        Assert.True(screen.RubricFocused);
        Assert.Contains("1-5 Score", screen.KeyBar.Line);
        _ui.Type("4");
        _ui.Press(Key.Enter);
        Assert.Null(submitted);
        Assert.Contains("! score every criterion first: Active listening, Ownership", _ui.Text);
        _ui.Type("3n");
        _ui.Press(Key.Enter);

        Assert.NotNull(submitted);
        Assert.Equal(4, submitted["empathy"]);
        Assert.Equal(3, submitted["active-listening"]);
        Assert.Null(submitted["ownership"]);
    }

    [Fact]
    public void a_shows_the_anchors_of_the_selected_criterion()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        screen.Update(TuiRoom.Scoring("p-cy"));

        _ui.Press(Key.Tab);
        Assert.DoesNotContain("names it and acts", _ui.Text);
        _ui.Type("a");

        Assert.Contains("5: names it and acts", _ui.Text);
        Assert.Contains("1: ignores", _ui.Text);
    }

    [Fact]
    public void once_submitted_the_rubric_shows_a_mark_and_takes_no_more_scores()
    {
        var screen = _ui.Show(new ScorerScreen(new Palette(true)));
        var state = TuiRoom.Scoring("p-cy").Apply(R.Submitted(11, R.Cy(DrillRole.Scorer), 1, 1)).Apply(R.Recorded(12));
        var submitted = 0;
        screen.RubricSubmitted += (_, _) => submitted++;
        screen.Update(state);

        _ui.Press(Key.Tab);
        _ui.Type("5");
        _ui.Press(Key.Enter);

        Assert.Equal(0, submitted);
        Assert.Contains("Rubric ✔ submitted", _ui.Text);
        Assert.Contains("already submitted", _ui.Text);
    }

    public void Dispose() => _ui.Dispose();
}

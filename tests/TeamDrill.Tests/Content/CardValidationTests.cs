using TeamDrill.Shared.Content;
using Xunit;

namespace TeamDrill.Tests.Content;

public sealed class CardValidationTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void the_sample_card_is_valid_so_each_test_breaks_only_one_thing()
    {
        _folder.WriteCard("sample-card.yaml", TempContentFolder.ValidCard);

        var result = _folder.Load();

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("sample-card", Assert.Single(result.Content!.Cards).Id);
    }

    [Fact]
    public void misspelt_field_is_reported_with_the_closest_known_name_and_as_missing()
    {
        var file = _folder.WriteCardWith("c.yaml", "difficulty: 2", "dificulty: 2");

        Assert.Equal(
            [
                $"{file}:1:1: missing required field 'difficulty'",
                $"{file}:4:1: unknown field 'dificulty'; did you mean 'difficulty'?",
            ],
            _folder.Problems());
    }

    [Fact]
    public void unknown_field_with_no_close_name_lists_the_known_fields()
    {
        var file = _folder.WriteCard("c.yaml", TempContentFolder.ValidCard + "favourite_colour: red\n");

        var problem = Assert.Single(_folder.Problems());
        Assert.StartsWith($"{file}:35:1: unknown field 'favourite_colour'; known fields are: id, title, family, difficulty,", problem);
    }

    [Fact]
    public void misspelt_nested_field_names_the_section_it_is_in()
    {
        var file = _folder.WriteCardWith("c.yaml", "  temperament:", "  temprament:");

        Assert.Equal(
            [
                $"{file}:7:3: missing required field 'temperament' in 'persona'",
                $"{file}:11:3: unknown field 'temprament' in 'persona'; did you mean 'temperament'?",
            ],
            _folder.Problems());
    }

    [Fact]
    public void missing_required_field_is_reported_at_the_start_of_the_card()
    {
        var file = _folder.WriteCardWith("c.yaml", "opening_line: \"Where is my order?\"\n", "");

        Assert.Equal([$"{file}:1:1: missing required field 'opening_line'"], _folder.Problems());
    }

    [Fact]
    public void duplicate_card_id_names_both_files()
    {
        var first = _folder.WriteCard("a.yaml", TempContentFolder.ValidCard);
        var second = _folder.WriteCardWith("b.yaml", "title: A sample card", "title: Another card");

        Assert.Equal([$"{second}:1:5: duplicate card id 'sample-card': {first}:1:5 already uses it"], _folder.Problems());
    }

    [Fact]
    public void difficulty_out_of_range_is_reported_at_the_value()
    {
        var file = _folder.WriteCardWith("c.yaml", "difficulty: 2", "difficulty: 7");

        Assert.Equal([$"{file}:4:13: field 'difficulty' must be from 1 to 5, but is 7"], _folder.Problems());
    }

    [Fact]
    public void anger_out_of_range_is_reported_at_the_value()
    {
        var file = _folder.WriteCardWith("c.yaml", "starting_anger: 3", "starting_anger: 11");

        Assert.Equal([$"{file}:18:17: field 'starting_anger' must be from 0 to 10, but is 11"], _folder.Problems());
    }

    [Fact]
    public void anger_that_is_not_a_number_is_reported()
    {
        var file = _folder.WriteCardWith("c.yaml", "starting_anger: 3", "starting_anger: high");

        Assert.Equal([$"{file}:18:17: field 'starting_anger' must be a whole number from 0 to 10, but is 'high'"], _folder.Problems());
    }

    [Fact]
    public void trigger_amount_out_of_range_is_reported()
    {
        var file = _folder.WriteCardWith("c.yaml", "raise: 2", "raise: 9");

        Assert.Equal([$"{file}:21:12: field 'raise' in 'triggers' must be from 1 to 5, but is 9"], _folder.Problems());
    }

    [Fact]
    public void criterion_the_rubric_does_not_define_is_reported_with_a_suggestion()
    {
        var file = _folder.WriteCardWith("c.yaml", "criteria: [empathy, listening]", "criteria: [empathy, listenning]");

        Assert.Equal([$"{file}:5:21: criterion 'listenning' is not defined in the rubric; did you mean 'listening'?"], _folder.Problems());
    }

    [Fact]
    public void unknown_family_is_reported_with_a_suggestion()
    {
        var file = _folder.WriteCardWith("c.yaml", "family: delayed-order", "family: delayed-ordr");

        Assert.Equal([$"{file}:3:9: family 'delayed-ordr' is not a known situation family; did you mean 'delayed-order'?"], _folder.Problems());
    }

    [Fact]
    public void empty_text_is_reported_at_its_field()
    {
        var file = _folder.WriteCardWith("c.yaml", "title: A sample card", "title: \"\"");

        Assert.Equal([$"{file}:2:1: field 'title' is empty; write some text"], _folder.Problems());
    }

    [Fact]
    public void empty_list_item_is_reported_at_the_item()
    {
        var file = _folder.WriteCardWith("c.yaml", "  - A firm new delivery date.", "  - \"  \"");

        Assert.Equal([$"{file}:27:5: item 1 of 'accepts' is empty; write some text"], _folder.Problems());
    }

    [Fact]
    public void empty_required_list_is_reported()
    {
        var file = _folder.WriteCardWith("c.yaml", "rejects:\n  - Waiting with no date.", "rejects: []");

        Assert.Equal([$"{file}:28:1: field 'rejects' is empty; it needs a list of at least one item"], _folder.Problems());
    }

    [Fact]
    public void card_that_stresses_boundaries_must_say_when_the_line_is_crossed()
    {
        var file = _folder.WriteCardWith("c.yaml", "criteria: [empathy, listening]", "criteria: [empathy, listening, boundaries]");

        Assert.Equal(
            [$"{file}:5:11: the card stresses 'boundaries' but has no 'crosses_line' section and no trigger or soother that tests it; say when the customer crosses the line, or which unreasonable demand the agent must hold a limit on"],
            _folder.Problems());
    }

    [Fact]
    public void card_id_with_spaces_or_capitals_is_reported()
    {
        var file = _folder.WriteCardWith("c.yaml", "id: sample-card", "id: Sample Card");

        Assert.Equal(
            [$"{file}:1:5: card id 'Sample Card' must use only lowercase letters, digits and single hyphens (like 'late-sofa-delivery')"],
            _folder.Problems());
    }

    [Fact]
    public void a_list_where_a_group_of_fields_is_expected_is_reported()
    {
        var file = _folder.WriteCardWith("c.yaml", "demands_supervisor: Never.", "demands_supervisor: [Never]");

        Assert.Equal([$"{file}:30:21: field 'demands_supervisor' must be text, not a list"], _folder.Problems());
    }

    [Fact]
    public void broken_yaml_is_reported_with_its_position()
    {
        var file = _folder.WriteCardWith("c.yaml", "title: A sample card", "title: \"A sample card");

        var problem = Assert.Single(_folder.Problems());
        Assert.StartsWith($"{file}:", problem);
        Assert.Contains("the YAML cannot be read", problem);
    }

    [Fact]
    public void a_field_written_twice_is_reported()
    {
        var file = _folder.WriteCard("c.yaml", TempContentFolder.ValidCard + "title: Again\n");

        Assert.Equal([$"{file}:35:1: this field appears twice in the same place; keep only one"], _folder.Problems());
    }

    [Fact]
    public void every_problem_in_every_file_is_reported_at_once_in_file_order()
    {
        var a = _folder.WriteCardWith("a.yaml", "difficulty: 2", "difficulty: 0");
        var b = _folder.WriteCard("b.yaml", TempContentFolder.ValidCard
            .Replace("id: sample-card", "id: other-card", StringComparison.Ordinal)
            .Replace("starting_anger: 3", "starting_anger: -1", StringComparison.Ordinal)
            .Replace("title: A sample card", "title: \"\"", StringComparison.Ordinal));

        var result = _folder.Load();

        Assert.False(result.IsValid);
        Assert.Null(result.Content);
        Assert.Equal(
            [
                $"{a}:4:13: field 'difficulty' must be from 1 to 5, but is 0",
                $"{b}:2:1: field 'title' is empty; write some text",
                $"{b}:18:17: field 'starting_anger' must be from 0 to 10, but is -1",
            ],
            result.Problems.Select(p => p.ToString()));
    }
}

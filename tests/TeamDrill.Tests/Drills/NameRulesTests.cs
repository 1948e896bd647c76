using TeamDrill.Shared.Drills;
using static TeamDrill.Tests.Drills.DrillTable;

namespace TeamDrill.Tests.Drills;

public sealed class NameRulesTests
{
    [Fact]
    public void a_name_is_cleaned_like_any_other_text()
    {
        Assert.Equal("Ana [31m Lopes", NameRules.Clean("  An\u200Ba\t\u001b[31m\nLopes "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u001b\u200B\u202E\t\n")]
    public void a_name_with_nothing_visible_is_refused(string? name)
    {
        var refusal = Assert.Throws<DrillRuleException>(() => NameRules.Clean(name));

        Assert.Equal("A display name needs at least one visible character.", refusal.Message);
    }

    [Fact]
    public void a_name_of_32_characters_is_accepted()
    {
        var name = new string('n', 32);

        Assert.Equal(name, NameRules.Clean(name));
    }

    [Fact]
    public void a_name_over_32_characters_is_refused()
    {
        var refusal = Assert.Throws<DrillRuleException>(() => NameRules.Clean("Bartholomew Fitzgerald-Montgomery"));

        Assert.Equal("A display name is at most 32 characters; 'Bartholomew ...' has 33.", refusal.Message);
    }

    [Fact]
    public void the_limit_counts_the_cleaned_name()
    {
        var name = new string('n', 32);

        Assert.Equal(name, NameRules.Clean("\u001b\u200B" + name + "\u202E "));
    }

    [Fact]
    public void a_second_ana_in_the_room_is_shown_as_ana2()
    {
        var room = Room.Create(Code, Host, "Ana", T0);

        room.Join(Customer, "Ana", T0, MaxMembers);
        room.Join(Agent, "ana", T0, MaxMembers);

        Assert.Equal(["Ana", "Ana2", "ana3"], room.State.Members.Select(m => m.Name));
        Assert.Equal(["Ana", "Ana2", "ana3"], room.SnapshotFor(Agent).Members.Select(m => m.Name));
    }

    [Fact]
    public void a_player_who_left_frees_their_name()
    {
        var room = Room.Create(Code, Host, "Hana", T0);
        room.Join(Customer, "Ana", T0, MaxMembers);
        room.Leave(Customer, T0);

        room.Join(Agent, "Ana", T0, MaxMembers);

        Assert.Equal("Ana", room.State.Members.Single(m => m.PlayerId == Agent).Name);
    }

    [Fact]
    public void a_colliding_name_at_the_length_limit_still_fits_the_limit()
    {
        var room = Room.Create(Code, Host, new string('n', 32), T0);

        room.Join(Customer, new string('n', 32), T0, MaxMembers);

        var shown = room.State.Members.Single(m => m.PlayerId == Customer).Name;
        Assert.NotEqual(room.State.Members[0].Name, shown, StringComparer.OrdinalIgnoreCase);
        Assert.True(shown.Length <= 32, $"'{shown}' has {shown.Length} characters");
    }

    [Theory]
    [InlineData("\u3164")]
    [InlineData("\u115F\u1160")]
    [InlineData("\uFFA0 \u034F")]
    [InlineData("\u200D\u200D")]
    [InlineData("\u2800\u200B\u2060\uFEFF")]
    public void a_name_of_invisible_fillers_and_joiners_is_refused(string name)
    {
        var refusal = Assert.Throws<DrillRuleException>(() => NameRules.Clean(name));

        Assert.Equal("A display name needs at least one visible character.", refusal.Message);
    }

    [Theory]
    [InlineData("\u0301\u0302")]
    [InlineData("\u0489 \u20DD")]
    public void a_name_of_combining_marks_alone_is_refused(string name)
    {
        var refusal = Assert.Throws<DrillRuleException>(() => NameRules.Clean(name));

        Assert.Equal("A display name needs a letter, digit or symbol; combining marks alone show as nothing.", refusal.Message);
    }

    [Theory]
    [InlineData("A\u200Dna", "Ana")]
    [InlineData("Ana\u3164", "Ana")]
    [InlineData("A\u034Fna\uFFA0", "Ana")]
    [InlineData("\u115FAna\u1160", "Ana")]
    [InlineData("Ana\u00A0\u2003Lopes", "Ana Lopes")]
    public void joiners_and_invisible_fillers_are_taken_out_of_a_name(string typed, string shown)
    {
        Assert.Equal(shown, NameRules.Clean(typed));
    }

    [Fact]
    public void combining_marks_on_a_name_are_capped_at_two_per_letter()
    {
        Assert.Equal("Za\u0301\u0302", NameRules.Clean("Za\u0301\u0302\u0303\u0304\u0305\u0306"));
        Assert.Equal("Nguyễn", NameRules.Clean("Nguyễn"));
    }

    [Theory]
    [InlineData("\u0410na")]           // Cyrillic А
    [InlineData("An\u0430")]           // Cyrillic а
    [InlineData("\u0391na")]           // Greek Α
    [InlineData("\uFF21\uFF4E\uFF41")] // fullwidth Ａｎａ
    [InlineData("ANA")]
    public void a_name_that_looks_like_a_members_gets_a_number_like_a_duplicate(string lookalike)
    {
        var room = Room.Create(Code, Host, "Ana", T0);

        room.Join(Customer, lookalike, T0, MaxMembers);

        Assert.Equal(NameRules.Clean(lookalike) + "2", room.State.Members.Single(m => m.PlayerId == Customer).Name);
    }

    [Fact]
    public void cyrillic_e_in_a_name_does_not_pass_for_the_latin_one()
    {
        var room = Room.Create(Code, Host, "Bob Lee", T0);
        room.Join(Customer, "Bob L\u0435e", T0, MaxMembers);
        room.Join(Agent, "B\u03BFb Lee", T0, MaxMembers); // Greek ο

        Assert.Equal(["Bob Lee", "Bob L\u0435e2", "B\u03BFb Lee3"], room.State.Members.Select(m => m.Name));
    }

    [Theory]
    [InlineData("José", "Jose")]
    [InlineData("Ana", "Ena")]
    [InlineData("Ana Lopes", "AnaLopes")]
    public void names_that_look_different_keep_their_own_spelling(string first, string second)
    {
        var room = Room.Create(Code, Host, first, T0);

        room.Join(Customer, second, T0, MaxMembers);

        Assert.Equal(second, room.State.Members.Single(m => m.PlayerId == Customer).Name);
    }
}

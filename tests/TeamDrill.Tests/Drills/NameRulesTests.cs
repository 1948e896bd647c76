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
}

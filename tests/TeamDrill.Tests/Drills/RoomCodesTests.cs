using TeamDrill.Shared.Drills;

namespace TeamDrill.Tests.Drills;

public sealed class RoomCodesTests
{
    [Theory]
    [InlineData("K7QX2M")]
    [InlineData("k7qx2m")]
    [InlineData("  k7Qx2m \t")]
    public void a_typed_code_is_trimmed_and_upper_cased(string typed)
    {
        Assert.Equal("K7QX2M", RoomCodes.Normalize(typed));
    }

    [Theory]
    [InlineData("K7QX2", "K7QX2")]
    [InlineData("K7QX2MM", "K7QX2MM")]
    [InlineData("K7QX20", "K7QX20")]
    [InlineData("K7QXO2", "K7QXO2")]
    [InlineData("K7QXI2", "K7QXI2")]
    [InlineData("K7QXL2", "K7QXL2")]
    [InlineData("K7-X2M", "K7-X2M")]
    [InlineData("K7 X2M", "K7 X2M")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("\u001b[2JK7QX2M", "[2JK7QX2M")]
    [InlineData("ABCDEFGHJKMNPQRSTUVWXYZ", "ABCDEFGHJKMNPQRSTUVW...")]
    public void anything_else_is_refused_with_a_hint(string? typed, string shown)
    {
        var refusal = Assert.Throws<DrillRuleException>(() => RoomCodes.Normalize(typed));

        Assert.Equal($"'{shown}' is not a room code: codes are 6 letters and digits, like K7QX2M.", refusal.Message);
    }

    [Fact]
    public void new_codes_are_six_characters_from_the_alphabet_and_normalize_to_themselves()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2000; i++)
        {
            var code = RoomCodes.New();
            codes.Add(code);

            Assert.Equal(6, code.Length);
            Assert.All(code, c => Assert.Contains(c, RoomCodes.Alphabet));
            Assert.Equal(code, RoomCodes.Normalize(code));
        }

        Assert.True(codes.Count > 1990, $"only {codes.Count} different codes in 2000"); // 31^6 codes: repeats are rare
    }

    [Fact]
    public void the_alphabet_leaves_out_characters_people_confuse()
    {
        Assert.All("0O1IL", c => Assert.DoesNotContain(c, RoomCodes.Alphabet));
    }

    [Theory]
    [InlineData("K7QX2M", true)]
    [InlineData(" k7qx2m ", true)]
    [InlineData("ABC123", false)]
    [InlineData("K7QX2", false)]
    [InlineData("K7QXO2", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void a_client_checks_a_typed_code_the_way_the_server_does(string? typed, bool wellFormed)
    {
        Assert.Equal(wellFormed, RoomCodes.IsWellFormed(typed));
        Assert.Equal(wellFormed, RoomCodes.TryNormalize(typed, out var code));
        Assert.Equal(wellFormed ? "K7QX2M" : "", code);
        if (!wellFormed)
        {
            Assert.Throws<DrillRuleException>(() => RoomCodes.Normalize(typed));
        }
    }

    [Fact]
    public void the_example_code_in_help_texts_is_one_the_server_accepts()
    {
        Assert.True(RoomCodes.IsWellFormed(RoomCodes.Example));
        Assert.Equal(RoomCodes.Example, RoomCodes.Normalize(RoomCodes.Example));
    }
}

using TeamDrill.Shared.Text;

namespace TeamDrill.Tests.Drills;

/// <summary>Text typed by one player is shown on everyone else's terminal: nothing in it may steer that terminal.</summary>
public sealed class TextSanitizerTests
{
    [Fact]
    public void the_escape_character_of_an_ansi_sequence_is_removed()
    {
        Assert.Equal("[31mred[0m [2J", TextSanitizer.Clean("\u001b[31mred\u001b[0m \u001b[2J"));
    }

    [Theory]
    [InlineData("a\u0000b\u0007c\u0008d\u007fe", "abcde")]
    [InlineData("a\u009b2Jb\u0090c\u009cd", "a2Jbcd")]
    public void other_c0_and_c1_controls_are_removed(string raw, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(raw));
    }

    [Theory]
    [InlineData("evil\u202Etxt.exe", "eviltxt.exe")]
    [InlineData("a\u202Db\u2066c\u2069d\u200Fe", "abcde")]
    public void bidi_overrides_and_marks_are_removed(string raw, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(raw));
    }

    [Fact]
    public void zero_width_characters_are_removed()
    {
        Assert.Equal("Ana", TextSanitizer.Clean("A\u200Bn\u200C\u2060a\uFEFF"));
    }

    [Theory]
    [InlineData("one\ntwo", "one two")]
    [InlineData("one\r\ntwo", "one two")]
    [InlineData("one\t\ttwo", "one two")]
    [InlineData("one \n \t two", "one two")]
    [InlineData("\n  padded\t\r\n", "padded")]
    public void line_breaks_and_tabs_become_a_single_space(string raw, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(raw));
    }

    [Theory]
    [InlineData("one\u2028two")]
    [InlineData("one\u2029two")]
    [InlineData("one\u0085two")]
    public void unicode_line_and_paragraph_separators_become_a_space(string raw)
    {
        Assert.Equal("one two", TextSanitizer.Clean(raw));
    }

    [Theory]
    [InlineData("Thanks 😀👍🏽 🇵🇹")]
    [InlineData("José Müller, Ñandú, Łódź, Ærøskøbing")]
    [InlineData("naïve café — «quoted» 中文 日本語 العربية")]
    [InlineData("e\u0301")]
    public void emoji_accents_and_other_scripts_are_kept(string text)
    {
        Assert.Equal(text, TextSanitizer.Clean(text));
    }

    [Fact]
    public void nothing_becomes_an_empty_string()
    {
        Assert.Equal("", TextSanitizer.Clean(null));
        Assert.Equal("", TextSanitizer.Clean(""));
        Assert.Equal("", TextSanitizer.Clean("\u001b\u200b\u202e \t\r\n"));
    }
}

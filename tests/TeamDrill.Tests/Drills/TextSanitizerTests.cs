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

    [Theory]
    [InlineData("a\u3164b", "ab")]
    [InlineData("a\u034Fb\u115F\u1160c", "abc")]
    [InlineData("a\uFFA0b\u2800c", "abc")]
    public void invisible_fillers_are_removed(string raw, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(raw));
    }

    [Fact]
    public void a_message_with_999_combining_marks_keeps_two_and_is_not_refused()
    {
        var zalgo = "hi" + new string('\u0301', 999) + " there";

        Assert.Equal("hi\u0301\u0301 there", TextSanitizer.Clean(zalgo));
    }

    [Fact]
    public void marks_are_counted_per_letter()
    {
        var raw = "a\u0301\u0302\u0303b\u0300\u0301\u0302\u0303";

        Assert.Equal("a\u0301\u0302b\u0300\u0301", TextSanitizer.Clean(raw));
    }

    [Theory]
    [InlineData("Thanks\u00A0a lot", "Thanks a lot")]
    [InlineData("wide\u3000gap\u2003here", "wide gap here")]
    public void every_kind_of_space_becomes_a_plain_space(string raw, string expected)
    {
        Assert.Equal(expected, TextSanitizer.Clean(raw));
    }

    [Fact]
    public void for_the_terminal_layout_is_kept_and_the_same_characters_are_dropped()
    {
        var raw = "name   score\r\nAna\t  4\n\u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u009b2J\u202Eok\rover";

        Assert.Equal("name   score\r\nAna   4\n]8;;http://evillink]8;; 2Jokover", TextSanitizer.ForTerminal(raw));
    }

    [Fact]
    public void for_the_terminal_plain_text_comes_back_as_it_is()
    {
        var text = "| Outcome | resolved |\n| Score   | 72       |\r\nJosé Müller";

        Assert.Same(text, TextSanitizer.ForTerminal(text));
    }
}

using TeamDrill.ContentFiles;
using TeamDrill.Shared.Content;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Text;
using TeamDrill.Tests.Content;

namespace TeamDrill.Tests.Text;

/// <summary>The name filter with the shipped list: disguises are seen through, ordinary names pass.</summary>
public sealed class BlockedWordsTests
{
    private static readonly Lazy<BlockedWords> Shipped = new(() =>
    {
        var problems = new List<ContentProblem>();
        var words = BlockedWordsLoader.Load([Path.Combine(RepoContent.Folder, BlockedWordsLoader.ShippedListPath)], problems);
        Assert.Empty(problems);
        return words!;
    });

    [Theory]
    [InlineData("fuck")]
    [InlineData("FUCK")]
    [InlineData("c u n t")]
    [InlineData("C.U.N.T")]
    [InlineData("s-h-i-t")]
    [InlineData("f*ck")]
    [InlineData("f**k off")]
    [InlineData("fuuuuck")]
    [InlineData("sh1t")]
    [InlineData("$hit")]
    [InlineData("5h17")]
    [InlineData("b1tch")]
    [InlineData("@sshole")]
    [InlineData("a55hole")]
    [InlineData("wh0re")]
    [InlineData("Big Fucker")]
    [InlineData("motherfucker")]
    [InlineData("xXfuckXx")]
    [InlineData("bitches")]
    [InlineData("sh\u0456t")]              // Cyrillic і
    [InlineData("\uFF46\uFF55\uFF43\uFF4B")] // fullwidth
    [InlineData("f\u200Buck")]
    [InlineData("fück")]
    [InlineData("Ana the c*nt")]
    [InlineData("tw4t")]
    [InlineData("wank3r")]
    public void a_blocked_word_is_found_through_its_disguise(string name)
    {
        Assert.True(Shipped.Value.Blocks(name), $"'{name}' passed the filter");
    }

    [Theory]
    [InlineData("Scunthorpe")]
    [InlineData("Dickens")]
    [InlineData("Hancock")]
    [InlineData("Cassandra")]
    [InlineData("Assunta")]
    [InlineData("Dick Van Dyke")]
    [InlineData("Matsushita")]
    [InlineData("Yoshitaka")]
    [InlineData("Shitake Sato")]
    [InlineData("Pakistan")]
    [InlineData("Spicer")]
    [InlineData("Spicy")]
    [InlineData("Fagin")]
    [InlineData("Cockburn")]
    [InlineData("Penistone")]
    [InlineData("Arsenal fan")]
    [InlineData("Sussex")]
    [InlineData("Ana Lopes")]
    [InlineData("A B C")]
    [InlineData("****")]
    [InlineData("Bob 1")]
    public void ordinary_names_pass(string name)
    {
        Assert.False(Shipped.Value.Blocks(name), $"'{name}' was blocked");
    }

    [Fact]
    public void the_refusal_does_not_repeat_the_word()
    {
        var refusal = Assert.Throws<DrillRuleException>(() => Shipped.Value.Check("Big F*cker", "display name"));

        Assert.Equal("That display name is not allowed here: it contains a word on this server's blocked list; choose another.", refusal.Message);
    }

    [Fact]
    public void a_passing_name_comes_back_unchanged()
    {
        Assert.Equal("Ana Lopes", Shipped.Value.Check("Ana Lopes", "display name"));
    }

    [Fact]
    public void a_facilitators_word_is_matched_the_same_way_and_a_starred_one_inside_words()
    {
        var words = new BlockedWords(["pineapple", "*grape*"]);

        Assert.True(words.Blocks("P 1 N E A P P L E"));
        Assert.True(words.Blocks("pineapples"));
        Assert.True(words.Blocks("Mr Grapefruit"));
        Assert.False(words.Blocks("Pine Apple"));
        Assert.False(words.Blocks("Ana"));
    }

    [Fact]
    public void a_word_list_skips_comments_and_blank_lines_and_names_each_bad_line()
    {
        var problems = new List<ContentProblem>();

        var words = BlockedWords.ParseList("extra.txt", "# ours\n\npineapple\n  two words\nkiwi\u001b\r\n", problems);

        Assert.Equal(["pineapple", "kiwi\u001b"], words);
        Assert.Equal(
            [
                "extra.txt:5:5: U+001B (escape) cannot be in a word list: it would make the word impossible to match; delete it",
                "extra.txt:4:3: a blocked word is one word on its own line, without spaces",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void a_missing_list_is_a_problem_not_an_empty_filter()
    {
        var problems = new List<ContentProblem>();

        var words = BlockedWordsLoader.Load(["/no/such/blocked-words.txt"], problems);

        Assert.Null(words);
        Assert.Equal("/no/such/blocked-words.txt:1:1: this word list does not exist", Assert.Single(problems).ToString());
    }
}

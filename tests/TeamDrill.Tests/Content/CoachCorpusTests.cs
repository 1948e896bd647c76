using System.Globalization;
using TeamDrill.Shared.Content;
using Xunit.Abstractions;

namespace TeamDrill.Tests.Content;

/// <summary>
/// The shipped phrasebook against a labelled corpus of agent lines (CoachCorpus/agent-lines.tsv):
/// a line labelled 'warn' should draw at least one warning, a line labelled 'ok' none.
/// </summary>
public sealed class CoachCorpusTests(ITestOutputHelper output)
{
    private const double Floor = 0.9;

    private sealed record LabelledLine(bool ShouldWarn, string Kind, string Text, int LineNumber);

    private static IReadOnlyList<LabelledLine> Corpus()
    {
        var path = Path.Combine(RepoContent.Root, "tests", "TeamDrill.Tests", "Content", "CoachCorpus", "agent-lines.tsv");
        var lines = new List<LabelledLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var parts = raw.Split('\t');
            Assert.True(parts.Length == 3 && parts[0] is "warn" or "ok", $"agent-lines.tsv:{number}: expected 'warn|ok <TAB> kind <TAB> line'");
            lines.Add(new LabelledLine(parts[0] == "warn", parts[1], parts[2], number));
        }

        return lines;
    }

    [Fact]
    public void corpus_is_big_enough_and_balanced()
    {
        var corpus = Corpus();

        Assert.True(corpus.Count >= 200, $"only {corpus.Count} lines");
        Assert.InRange(corpus.Count(l => l.ShouldWarn), corpus.Count * 2 / 5, corpus.Count * 3 / 5);
        Assert.All(["negation", "quotation", "title", "whatever", "brush-off"], kind => Assert.Contains(corpus, l => l.Kind == kind));
    }

    [Fact]
    public void warnings_reach_the_precision_and_recall_a_trainer_expects()
    {
        var book = RepoContent.Set.Phrasebook;
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var line in Corpus())
        {
            var warned = book.Warns(line.Text);
            if (warned && line.ShouldWarn)
            {
                truePositives++;
            }
            else if (warned)
            {
                falsePositives++;
                output.WriteLine($"false warning (line {line.LineNumber}, {line.Kind}): {line.Text} <- {Warnings(book, line.Text)}");
            }
            else if (line.ShouldWarn)
            {
                falseNegatives++;
                output.WriteLine($"missed (line {line.LineNumber}, {line.Kind}): {line.Text}");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000}, recall {recall:0.000} ({truePositives} caught, {falsePositives} false, {falseNegatives} missed)"));

        Assert.True(precision >= Floor, $"precision {precision:0.000} is below {Floor}");
        Assert.True(recall >= Floor, $"recall {recall:0.000} is below {Floor}");
    }

    private static string Warnings(Phrasebook book, string text) =>
        string.Join(", ", book.Match(text).Where(h => h.Kind == PhraseKind.Avoid).Select(h => $"{h.Entry.Id} '{h.Text}'"));
}

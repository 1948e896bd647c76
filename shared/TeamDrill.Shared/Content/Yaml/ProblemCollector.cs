using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content.Yaml;

/// <summary>Collects the problems of one file, each with its position; <see cref="Count"/> counts errors only.</summary>
internal sealed class ProblemCollector(string file, List<ContentProblem> sink)
{
    public string File => file;

    public int Count { get; private set; }

    public void Report(int line, int column, string message)
    {
        sink.Add(new ContentProblem(file, line, column, message));
        Count++;
    }

    public void Report(Mark mark, string message) => Report((int)mark.Line, (int)mark.Column, message);

    public void Report(YamlNode node, string message) => Report(node.Start, message);

    /// <summary>A warning is kept with the errors but does not count as one, so the card still loads.</summary>
    public void Warn(YamlNode node, string message) =>
        sink.Add(new ContentProblem(file, (int)node.Start.Line, (int)node.Start.Column, message, ProblemSeverity.Warning));
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamDrill.Shared.Content.Yaml;

/// <summary>Collects the problems of one file, each with its position.</summary>
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
}

using System.Text.RegularExpressions;
using TeamDrill.Tests.Content;

namespace TeamDrill.Tests.Drills;

/// <summary>
/// shared/ is plain C# over values: only Protocol/ (the DTOs that cross grain calls) names Orleans, and
/// nothing in shared/ touches the file system (hosts read files through TeamDrill.ContentFiles).
/// </summary>
public sealed partial class SharedDomainPurityTests
{
    private static string SharedFolder => Path.Combine(RepoContent.Root, "shared", "TeamDrill.Shared");

    [Fact]
    public void only_the_protocol_folder_names_orleans()
    {
        var offenders = SourceLines()
            .Where(line => !line.File.StartsWith("Protocol" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Orleans().IsMatch(line.Text))
            .Select(line => line.ToString())
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void nothing_in_shared_reads_or_writes_files()
    {
        var offenders = SourceLines().Where(line => FileSystem().IsMatch(line.Text)).Select(line => line.ToString()).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void the_checks_read_the_domain_sources()
    {
        var files = SourceLines().Select(line => line.File).Distinct().ToList();

        Assert.Contains(Path.Combine("Drills", "Room.cs"), files);
        Assert.Contains(Path.Combine("Content", "ContentCompiler.cs"), files);
    }

    private static IEnumerable<SourceLine> SourceLines()
    {
        var sep = Path.DirectorySeparatorChar;
        foreach (var path in Directory.EnumerateFiles(SharedFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(SharedFolder, path);
            if (relative.StartsWith($"obj{sep}", StringComparison.Ordinal) || relative.StartsWith($"bin{sep}", StringComparison.Ordinal))
            {
                continue;
            }

            var number = 0;
            foreach (var text in File.ReadLines(path))
            {
                number++;
                yield return new SourceLine(relative, number, text);
            }
        }
    }

    [GeneratedRegex(@"\bOrleans\b|\[(GenerateSerializer|Id|Immutable|Alias)\b")]
    private static partial Regex Orleans();

    [GeneratedRegex(@"\b(File|Directory|Path|FileInfo|DirectoryInfo|FileStream|DriveInfo)\s*\.|new\s+(FileInfo|DirectoryInfo|FileStream|FileSystemWatcher)\b")]
    private static partial Regex FileSystem();

    private sealed record SourceLine(string File, int Number, string Text)
    {
        public override string ToString() => $"{File}:{Number}: {Text.Trim()}";
    }
}

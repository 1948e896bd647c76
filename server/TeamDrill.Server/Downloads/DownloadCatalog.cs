using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Hosting;

namespace TeamDrill.Server.Downloads;

/// <summary>
/// The files in the downloads folder, each with its size and SHA-256. A client is tens of megabytes, so a
/// hash is computed once per file and kept until the file's size or time changes.
/// </summary>
public sealed class DownloadCatalog(IOptions<DownloadOptions> options)
{
    private readonly ConcurrentDictionary<string, DownloadFile> _hashed = new(StringComparer.Ordinal);

    public string Folder { get; } = options.Value.ResolveFolder();

    /// <summary>The regular files directly in the folder, by name; none when the folder is missing.</summary>
    public IReadOnlyList<DownloadFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return new DirectoryInfo(Folder).EnumerateFiles()
            .Where(IsOffered)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();
    }

    /// <summary>The full path of <paramref name="name"/> when it is a file this folder offers; null for anything else.</summary>
    public string? Find(string name)
    {
        // Only a bare file name: no separators, no "..", nothing hidden; then it must be a file directly here.
        if (name.Length == 0 || name != Path.GetFileName(name) || name.Contains('\\', StringComparison.Ordinal)
            || name.StartsWith('.') || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Folder, name));
        return file.Exists && IsOffered(file) && file.DirectoryName == Path.TrimEndingDirectorySeparator(Folder) ? file.FullName : null;
    }

    /// <summary>The listing entry of a file <see cref="Find"/> returned, hashing it if it changed.</summary>
    public DownloadFile Describe(string path) => Describe(new FileInfo(path));

    private DownloadFile Describe(FileInfo file)
    {
        var modified = file.LastWriteTimeUtc;
        if (_hashed.TryGetValue(file.Name, out var known) && known.Size == file.Length && known.ModifiedUtc == modified)
        {
            return known;
        }

        using var stream = file.OpenRead();
        var hashed = new DownloadFile(file.Name, file.Length, Convert.ToHexStringLower(SHA256.HashData(stream)), modified);
        _hashed[file.Name] = hashed;
        return hashed;
    }

    // Hidden files and links are not offered: a link could point anywhere on the machine.
    private static bool IsOffered(FileInfo file) =>
        !file.Name.StartsWith('.') && file.LinkTarget is null && (file.Attributes & FileAttributes.Hidden) == 0;
}

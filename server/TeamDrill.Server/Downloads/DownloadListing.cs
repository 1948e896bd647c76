namespace TeamDrill.Server.Downloads;

/// <summary>The JSON answer of <c>GET /download</c>; <see cref="Hint"/> says how to publish when there are no files.</summary>
public sealed record DownloadListing(string Version, int ProtocolVersion, IReadOnlyList<DownloadListing.File> Files, string? Hint)
{
    public sealed record File(string Name, long Size, string Sha256, string Url);
}

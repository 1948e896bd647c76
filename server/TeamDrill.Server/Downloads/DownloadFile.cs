namespace TeamDrill.Server.Downloads;

/// <summary>One published file as <c>GET /download</c> lists it.</summary>
public sealed record DownloadFile(string Name, long Size, string Sha256, DateTime ModifiedUtc);

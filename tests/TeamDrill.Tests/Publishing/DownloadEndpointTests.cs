using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using TeamDrill.Server.Downloads;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Publishing;

/// <summary><c>GET /download</c> and <c>GET /download/{file}</c> on a real server told about a folder of its own.</summary>
[Collection(ServerCollection.Name)]
public sealed class DownloadEndpointTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _downloads = new("teamdrill-downloads");
    private readonly TempFolder _outside = new("teamdrill-outside");
    private InProcessServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await InProcessServer.StartAsync(_data.Path, "--downloads", _downloads.Path);
        _http = new HttpClient { BaseAddress = new Uri(_server.Url) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _data.Dispose();
        _downloads.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task listing_gives_each_file_with_its_size_and_sha256_as_json_or_html()
    {
        var bytes = "#!/bin/sh\necho teamdrill\n"u8.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(_downloads.Path, "teamdrill-linux-x64"), bytes);
        await File.WriteAllTextAsync(Path.Combine(_downloads.Path, "teamdrill-win-x64.exe"), "MZ");

        var byQuery = await _http.GetFromJsonAsync<DownloadListing>("/download?format=json");
        using var byAccept = new HttpRequestMessage(HttpMethod.Get, "/download");
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var accepted = await (await _http.SendAsync(byAccept)).Content.ReadFromJsonAsync<DownloadListing>();

        foreach (var listing in new[] { byQuery!, accepted! })
        {
            Assert.Equal(["teamdrill-linux-x64", "teamdrill-win-x64.exe"], listing.Files.Select(f => f.Name));
            var linux = listing.Files[0];
            Assert.Equal(bytes.Length, linux.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), linux.Sha256);
            Assert.Equal("/download/teamdrill-linux-x64", linux.Url);
            Assert.Equal(ProtocolVersion.AppVersion, listing.Version);
            Assert.Null(listing.Hint);
        }

        var html = await _http.GetStringAsync("/download");
        Assert.Contains("<a href=\"/download/teamdrill-win-x64.exe\">teamdrill-win-x64.exe</a>", html);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), html);
    }

    [Fact]
    public async Task a_listed_file_is_served_byte_for_byte()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        await File.WriteAllBytesAsync(Path.Combine(_downloads.Path, "teamdrill-osx-arm64"), bytes);

        using var response = await _http.GetAsync("/download/teamdrill-osx-arm64");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("teamdrill-osx-arm64", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task an_empty_folder_says_how_to_publish_the_clients()
    {
        var html = await _http.GetStringAsync("/download");
        var listing = await _http.GetFromJsonAsync<DownloadListing>("/download?format=json");

        Assert.Contains("run build/publish.sh", html);
        Assert.Empty(listing!.Files);
        Assert.Contains("run build/publish.sh", listing.Hint);
        Assert.Contains(_downloads.Path, listing.Hint);
    }

    [Theory]
    [InlineData("/download/..%2Fsecret.txt")]
    [InlineData("/download/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/download/.hidden")]
    [InlineData("/download/link-to-secret")]
    [InlineData("/download/sub")]
    [InlineData("/download/no-such-file")]
    public async Task only_files_directly_in_the_folder_are_served(string path)
    {
        var secret = Path.Combine(_outside.Path, "secret.txt");
        await File.WriteAllTextAsync(secret, "not for download");
        await File.WriteAllTextAsync(Path.Combine(_downloads.Path, ".hidden"), "not listed");
        File.CreateSymbolicLink(Path.Combine(_downloads.Path, "link-to-secret"), secret);
        Directory.CreateDirectory(Path.Combine(_downloads.Path, "sub"));
        var escape = path.Replace("secret.txt", $"{Path.GetFileName(_outside.Path)}%2Fsecret.txt", StringComparison.Ordinal);

        using var response = await _http.GetAsync(escape);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("not for download", body);
        Assert.Contains("to download here; /download lists the files there are.", body);
        var listing = await _http.GetFromJsonAsync<DownloadListing>("/download?format=json");
        Assert.Empty(listing!.Files);
    }
}

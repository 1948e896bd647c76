using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamDrill.Server.Downloads;
using TeamDrill.Server.Hosting;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Publishing;

public sealed class DownloadCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new("teamdrill-downloads");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void a_file_replaced_by_a_new_build_is_listed_with_its_new_hash()
    {
        var path = Path.Combine(_folder.Path, "teamdrill-linux-x64");
        File.WriteAllText(path, "build one");
        var catalog = Catalog(_folder.Path);
        Assert.Equal(Sha("build one"), catalog.List().Single().Sha256);

        File.WriteAllText(path, "build two, longer");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        var listed = catalog.List().Single();
        Assert.Equal(Sha("build two, longer"), listed.Sha256);
        Assert.Equal("build two, longer".Length, listed.Size);
    }

    [Fact]
    public void a_missing_folder_lists_nothing()
    {
        var catalog = Catalog(Path.Combine(_folder.Path, "not-published-yet"));

        Assert.Empty(catalog.List());
        Assert.Null(catalog.Find("teamdrill-linux-x64"));
    }

    [Theory]
    [InlineData("../teamdrill-linux-x64")]
    [InlineData("sub/teamdrill-linux-x64")]
    [InlineData("sub\\teamdrill-linux-x64")]
    [InlineData("..")]
    [InlineData("")]
    public void names_that_leave_the_folder_find_nothing(string name)
    {
        var inner = Path.Combine(_folder.Path, "sub");
        Directory.CreateDirectory(inner);
        File.WriteAllText(Path.Combine(inner, "teamdrill-linux-x64"), "x");
        File.WriteAllText(Path.Combine(_folder.Path, "teamdrill-linux-x64"), "x");

        Assert.Null(Catalog(inner).Find(name));
    }

    [Fact]
    public void relative_folder_is_found_from_the_working_folder_first()
    {
        var options = new DownloadOptions { DownloadsFolder = Path.GetRelativePath(Directory.GetCurrentDirectory(), _folder.Path) };

        Assert.Equal(_folder.Path, options.ResolveFolder());
    }

    private static DownloadCatalog Catalog(string folder) => new(Options.Create(new DownloadOptions { DownloadsFolder = folder }));

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}

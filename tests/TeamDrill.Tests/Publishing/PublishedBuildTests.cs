using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using TeamDrill.Server.Downloads;
using TeamDrill.Server.Hosting;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Publishing;

/// <summary>
/// What build/publish.sh writes, used as a machine with no SDK would: the published server hands out the
/// published client, which is downloaded, started and used to join a room. deploy/teamdrill.service and
/// deploy/Dockerfile run that output with flags the real server accepts (no Docker engine runs here, so
/// the image is not built: its inputs are checked). One publish serves every test in the class.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class PublishedBuildTests(PublishedBuild build) : IClassFixture<PublishedBuild>
{
    private const string InstalledServer = "/opt/teamdrill/server/teamdrill-server";
    private static readonly string Deploy = Path.Combine(RepoPaths.Root, "deploy");

    [Fact]
    public async Task published_client_prints_the_version_declared_in_directory_build_props()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", PublishedBuild.DeclaredVersion);
        var printed = await Run(build.Client, "--version");

        Assert.Equal(PublishedBuild.DeclaredVersion, printed);
    }

    [Fact]
    public void publish_writes_one_file_per_client_and_a_server_archive()
    {
        var files = Directory.GetFiles(build.Downloads).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["teamdrill-linux-x64", "teamdrill-server-linux-x64.tar.gz"], files);
        Assert.True(File.Exists(build.Server), build.Log);
        Assert.True(File.Exists(Path.Combine(build.ServerFolder, "content", "rubric.yaml")), "the server's content travels with it");
    }

    [Fact]
    public async Task trainee_downloads_the_client_from_the_published_server_and_joins_a_room_with_it()
    {
        using var data = new TempFolder();
        using var home = new TempFolder();
        await using var server = await ServerProcess.StartPublishedAsync(build.Server, data.Path, "--downloads", build.Downloads);
        Assert.Contains($"TeamDrill {PublishedBuild.DeclaredVersion} (all) listening on", server.Output);

        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var listing = await http.GetFromJsonAsync<DownloadListing>("/download?format=json");
        var offered = Assert.Single(listing!.Files, f => f.Name == "teamdrill-linux-x64");
        var downloaded = Path.Combine(home.Path, "teamdrill");
        await File.WriteAllBytesAsync(downloaded, await http.GetByteArrayAsync(offered.Url));
        Assert.Equal(new FileInfo(build.Client).Length, offered.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(downloaded))), offered.Sha256);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(downloaded, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await using var ana = ConsoleProcess.StartExecutable(downloaded, home.Path, "console", "--server", server.Url, "--name", "Ana");
        await ana.WaitForLine("signed in as Ana", TimeSpan.FromMinutes(1));
        await ana.TypeAsync("/create");
        var code = RoomCode().Match(await ana.WaitForLine(" created")).Groups[1].Value;

        await using var ben = ConsoleProcess.StartExecutable(downloaded, home.Path, "console", "--server", server.Url, "--name", "Ben", "--room", code);
        await ben.WaitForLine($"room {code} joined", TimeSpan.FromMinutes(1));
        await ana.WaitForLine("* Ben joined");
        Assert.Equal(0, await ana.QuitAsync());
    }

    [Fact]
    public void dockerfile_copies_folders_that_publish_wrote_and_starts_the_server_in_them()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));
        var copies = dockerfile.Select(l => CopyLine().Match(l)).Where(m => m.Success).ToList();

        Assert.Equal(2, copies.Count);
        foreach (var copy in copies)
        {
            var published = Path.Combine(build.Artifacts, copy.Groups["from"].Value["artifacts/".Length..]);
            Assert.True(Directory.EnumerateFileSystemEntries(published).Any(), $"{copy.Value}: {published} is missing or empty after build/publish.sh");
        }

        var serverCopy = copies.Single(c => c.Groups["to"].Value == "/opt/teamdrill/server/");
        Assert.Equal("artifacts/server/linux-x64/", serverCopy.Groups["from"].Value);
        Assert.Contains($"ENTRYPOINT [\"{InstalledServer}\"]", dockerfile);
        Assert.True(File.Exists(Path.Combine(build.ServerFolder, Path.GetFileName(InstalledServer))));

        var flags = JsonArray().Matches(dockerfile.Single(l => l.StartsWith("CMD ", StringComparison.Ordinal))).Select(m => m.Groups[1].Value).ToArray();
        var settings = AcceptedSettings(flags);
        Assert.Contains("VOLUME " + settings.Storage.DataDirectory, dockerfile);
        Assert.Contains(dockerfile, l => l.StartsWith("USER ", StringComparison.Ordinal) && !l.Contains("root", StringComparison.Ordinal));
    }

    [Fact]
    public void systemd_unit_starts_the_published_server_as_its_own_user_with_flags_it_accepts()
    {
        var unit = File.ReadAllLines(Path.Combine(Deploy, "teamdrill.service"));
        var execStart = unit.Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal))["ExecStart=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(InstalledServer, execStart[0]);
        var settings = AcceptedSettings(execStart[1..]);
        Assert.Equal("/var/lib/teamdrill", settings.Storage.DataDirectory);
        Assert.Contains("StateDirectory=teamdrill", unit);
        Assert.Contains("User=teamdrill", unit);
        Assert.Contains("Restart=on-failure", unit);
        Assert.Contains("KillSignal=SIGTERM", unit);
    }

    [Fact]
    public async Task systemd_accepts_the_unit_with_the_published_server_installed_where_it_says()
    {
        // systemd-analyze checks the unit's directives and that ExecStart is an executable; give it a
        // root holding the system's own units and the published server at /opt/teamdrill/server.
        using var root = new TempFolder("teamdrill-root");
        var units = Path.Combine(root.Path, "etc", "systemd", "system");
        Directory.CreateDirectory(units);
        Directory.CreateDirectory(Path.Combine(root.Path, "opt", "teamdrill"));
        Directory.CreateDirectory(Path.Combine(root.Path, "usr", "lib", "systemd"));
        await Run("cp", "-a", build.ServerFolder, Path.Combine(root.Path, "opt", "teamdrill", "server"));
        await Run("cp", "-a", "/usr/lib/systemd/system", Path.Combine(root.Path, "usr", "lib", "systemd", "system"));
        File.Copy(Path.Combine(Deploy, "teamdrill.service"), Path.Combine(units, "teamdrill.service"));

        // A wrong directive is only a warning to systemd, so its output must be empty too.
        var said = await Run("systemd-analyze", "verify", "--root", root.Path, "--man=no", Path.Combine(units, "teamdrill.service"));

        Assert.Equal("", said);
    }

    /// <summary>Runs a command to the end; fails the test with what it printed when it exits with an error.</summary>
    private static async Task<string> Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var said = (await process.StandardOutput.ReadToEndAsync() + await errors).Trim();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {said}");
        return said;
    }

    /// <summary>The settings these flags give, through the real server's parser and checks; fails with what it printed.</summary>
    private static ServerSettings AcceptedSettings(string[] flags)
    {
        var output = new StringWriter();
        var code = ServerCommandLine.TryParse(flags, output, output, out var overrides);
        Assert.True(code is null, $"{string.Join(' ', flags)}: {output}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(overrides).Build();
        var settings = ServerSettings.Read(configuration, out var problems);
        Assert.Empty(problems);
        return settings;
    }

    [GeneratedRegex(@"room ([A-Z0-9]{6}) created")]
    private static partial Regex RoomCode();

    [GeneratedRegex(@"^COPY (?<from>\S+) (?<to>\S+)$")]
    private static partial Regex CopyLine();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex JsonArray();
}

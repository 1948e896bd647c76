using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Client.Archives;
using TeamDrill.Shared.Archives;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

[Collection(ServerCollection.Name)]
public sealed class ArchiveFlowTests(SharedServer shared)
{
    [Fact]
    public async Task a_finished_drill_is_archived_on_disk_downloadable_and_exportable()
    {
        using var work = new TempFolder();
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await drill.Start();
        await drill.Say(drill.Customer, "The bike is still not here.");
        await drill.Say(drill.Agent, "Mrs Mensah, I will book depot collection for Friday.");
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 2, "ownership", TagPolarity.Plus, ActionIds.New());
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.RateFidelity), drill.Code, 4, ActionIds.New());
        await drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.Code, "I owned it quickly.", ActionIds.New());
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.CloseScoring), drill.Code, ActionIds.New());
        var debrief = (await drill.Agent.WaitFor<DebriefPublished>()).Debrief;

        var onDisk = Path.Combine(server.DataDirectory, "archives", $"{drill.Code}-1.tdrill");
        Assert.True(File.Exists(onDisk), $"expected {onDisk}");
        var stored = DrillArchiveReader.Read(File.ReadAllBytes(onDisk));
        var downloaded = DrillArchiveReader.Read(await drill.Scorer1.Hub.InvokeAsync<byte[]>(nameof(IDrillHub.GetArchive), drill.Code, 1));
        foreach (var archive in new[] { stored, downloaded })
        {
            Assert.Equal(DrillScript.CardId, archive.CardId);
            Assert.Equal(12, archive.CardVersion.Length);
            Assert.Equal(debrief.Transcript.Select(m => m.Text), archive.Transcript.Select(m => m.Text));
            Assert.Equal("I owned it quickly.", archive.Reflection);
            Assert.Equal(4, archive.FidelityRatings!.Single().Score);
            Assert.Equal(10, archive.Rubric.Count);
        }

        var file = Path.Combine(work.Path, "drill.tdrill");
        File.WriteAllBytes(file, DrillArchiveWriter.ToBytes(downloaded));
        var markdown = new StringWriter();
        Assert.Equal(0, ArchiveCommands.Export(file, "md", null, markdown, TextWriter.Null));
        Assert.Contains("The birthday bike that is still in a depot", markdown.ToString());
        Assert.Contains("I owned it quickly.", markdown.ToString());
        var csv = new StringWriter();
        Assert.Equal(0, ArchiveCommands.Export(file, "csv", null, csv, TextWriter.Null));
        Assert.Contains("Mrs Mensah, I will book depot collection for Friday.", csv.ToString());
        var replay = new StringWriter();
        Assert.Equal(0, ArchiveCommands.Replay(file, replay, TextWriter.Null));
        Assert.Contains("[2] Ben (agent): Mrs Mensah, I will book depot collection for Friday.   <ownership +>", replay.ToString());
    }

    [Fact]
    public async Task a_stranger_cannot_download_a_rooms_archive()
    {
        var server = shared.Server;
        await using var drill = await DrillScript.SetUpAsync(server.Url);
        await using var stranger = await TestPlayer.SignInAsync(server.Url, "Eve");

        var error = await Assert.ThrowsAsync<HubException>(
            () => stranger.Hub.InvokeAsync<byte[]>(nameof(IDrillHub.GetArchive), drill.Code, 1));

        Assert.Contains($"No room {drill.Code} is open to you", error.Message);
    }

    [Fact]
    public void export_refuses_a_corrupt_archive_and_an_unknown_format_clearly()
    {
        using var work = new TempFolder();
        var file = Path.Combine(work.Path, "broken.tdrill");
        File.WriteAllText(file, "hello, not an archive");
        var errors = new StringWriter();

        Assert.Equal(1, ArchiveCommands.Export(file, "md", null, TextWriter.Null, errors));
        Assert.StartsWith($"! {file}: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("not a TeamDrill archive", errors.ToString(), StringComparison.OrdinalIgnoreCase);

        var formatErrors = new StringWriter();
        Assert.Equal(2, ArchiveCommands.Export(file, "pdf", null, TextWriter.Null, formatErrors));
        Assert.Equal("! --format must be md or csv, not 'pdf'", formatErrors.ToString().Trim());

        var missing = new StringWriter();
        Assert.Equal(1, ArchiveCommands.Replay(Path.Combine(work.Path, "nope.tdrill"), TextWriter.Null, missing));
        Assert.StartsWith("! cannot read ", missing.ToString(), StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.SignalR.Client;
using System.Text.RegularExpressions;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// The real thing: the server as a process, the built <c>teamdrill</c> full-screen client in tmux as the
/// agent, and two console clients (the host as the customer, a scorer) driven through their stdin.
/// Everything waits by polling the pane or the console output, with deadlines.
/// </summary>
public sealed partial class TuiEndToEndTests : IAsyncLifetime
{
    private readonly TempFolder _data = new("teamdrill-e2e-data");
    private readonly TempFolder _home = new("teamdrill-e2e-home");
    private readonly List<IAsyncDisposable> _processes = [];
    private TmuxSession? _tmux;
    private ServerProcess? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task the_agent_plays_a_whole_drill_in_the_full_screen_client_up_to_the_debrief()
    {
        Assert.True(TmuxSession.IsInstalled, "tmux is not installed: this end-to-end test drives the full-screen client in tmux. Install it (apt-get install -y tmux); .ci/run does.");
        _server = await ServerProcess.StartAsync(_data.Path);
        var url = _server.Url;

        var host = Player("Hana");
        await host.WaitForAsync("~ connected");
        await host.SayAsync("/create");
        var code = RoomCreated().Match(await host.WaitForAsync(" created")).Groups[1].Value;

        _tmux = TmuxSession.Start(
            _home.Path,
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = Path.Combine(_home.Path, "tui-config") },
            "dotnet", Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"), "--server", url, "--name", "Tia");
        await _tmux.WaitForAsync("TeamDrill — sign in", "Enter Sign in");
        _tmux.Type(code);
        _tmux.Press("Enter");
        await _tmux.WaitForAsync("lobby (Tia)", $"Members of {code}", "● connected");

        var scorer = Player("Sam", "--room", code);
        await scorer.WaitForAsync($"room {code} joined");
        await host.SayAsync("/role Hana customer");
        await host.SayAsync("/role Tia agent");
        await host.WaitForAsync("Tia=agent");
        await host.SayAsync("/start");

        var agent = await _tmux.WaitForAsync("Agent — ", "left", "Your brief", "Enter Send");
        Assert.DoesNotContain("Hidden", agent);

        await host.SayAsync("I have been billed twice and nobody answers!");
        await _tmux.WaitForAsync("[1] Hana (customer): I have been billed");
        _tmux.Type("Sorry, please calm down; I will fix it now");
        await _tmux.WaitForAsync("Coach: avoid \"calm down\"");
        _tmux.Press("Enter");
        await host.WaitForAsync("I will fix it now");
        Assert.DoesNotContain("Coach", host.Output);
        await host.SayAsync("/anger 3");
        await scorer.SayAsync("/tag 2 empathy +");
        await scorer.WaitForAsync("* tag on [2]: empathy +");
        await host.SayAsync("/end resolved");
        await _tmux.WaitForAsync("Reflect: what worked | what to change; Enter sends it. Call ended (resolved)", "Enter Reflect");
        await scorer.SayAsync("/score 3 4 2 3 4 na 3 3 4 na");
        _tmux.Type("I should not have told her to calm down.");
        _tmux.Press("Enter");

        var debrief = await _tmux.WaitForAsync("Debrief — ", "Outcome: RESOLVED", "Consensus (1-5)", "Anger over the call", "x Export Markdown");
        Assert.Contains("Agent Tia · customer Hana", debrief);
        await host.WaitForAsync("the agent's reflection: \"I should not have told her to calm down.\"");
        Assert.Contains("Empathy", debrief);
        Assert.Contains("4.0 agree", debrief);
        Assert.Contains("⟨empathy +1⟩", debrief);
        Assert.Contains("█", debrief);

        _tmux.Press("x");
        await _tmux.WaitForAsync("Saved ");
        var exported = Directory.GetFiles(_home.Path, "teamdrill-*-drill1.md");
        Assert.Single(exported);
        Assert.Contains("| Outcome | resolved |", await File.ReadAllTextAsync(exported[0]));
    }

    [Fact]
    public async Task a_hostile_name_reaches_neither_the_full_screen_nor_the_console_client_raw()
    {
        Assert.True(TmuxSession.IsInstalled, "tmux is not installed: this end-to-end test drives the full-screen client in tmux. Install it (apt-get install -y tmux); .ci/run does.");
        _server = await ServerProcess.StartAsync(_data.Path);
        var host = Player("Hana");
        await host.WaitForAsync("~ connected");
        await host.SayAsync("/create");
        var code = RoomCreated().Match(await host.WaitForAsync(" created")).Groups[1].Value;
        _tmux = TmuxSession.Start(
            _home.Path,
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = Path.Combine(_home.Path, "tui-config") },
            "dotnet", Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"), "--server", _server.Url, "--name", "Tia");
        await _tmux.WaitForAsync("TeamDrill — sign in", "Enter Sign in");
        _tmux.Type(code);
        _tmux.Press("Enter");
        await _tmux.WaitForAsync("lobby (Tia)", $"Members of {code}", "● connected");

        // A window-title OSC, a bidi override, a joiner and a filler, signed in over raw HTTP as no client would.
        await using var eve = await TestPlayer.SignInAsync(_server.Url, "\u001b]0;pwned\u0007Eve\u202Ex\u200D\u3164");
        await eve.Hub.InvokeAsync<RoomSnapshot>(nameof(IDrillHub.JoinRoom), code);

        // Had the escape reached the terminal, tmux would have eaten "]0;pwned" as a title; it shows as text.
        var screen = await _tmux.WaitForAsync("]0;pwnedEvex");
        await host.WaitForAsync("* ]0;pwnedEvex joined");
        foreach (var raw in new[] { "\u001b", "\u0007", "\u202E", "\u200D", "\u3164" })
        {
            Assert.DoesNotContain(raw, screen, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, host.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task the_host_mutes_removes_and_lets_back_a_member_from_the_full_screen_lobby()
    {
        Assert.True(TmuxSession.IsInstalled, "tmux is not installed: this end-to-end test drives the full-screen client in tmux. Install it (apt-get install -y tmux); .ci/run does.");
        _server = await ServerProcess.StartAsync(_data.Path);
        _tmux = TmuxSession.Start(
            _home.Path,
            new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = Path.Combine(_home.Path, "tui-config") },
            "dotnet", Path.Combine(AppContext.BaseDirectory, "teamdrill.dll"), "--server", _server.Url, "--name", "Hana");
        await _tmux.WaitForAsync("TeamDrill — sign in", "Enter Sign in");
        _tmux.Press("Enter");
        await _tmux.WaitForAsync("lobby (Hana)", "● connected");
        _tmux.Type("c");
        var code = LobbyRoom().Match(await _tmux.WaitForAsync("★host")).Groups[1].Value;

        var sam = Player("Sam", "--room", code);
        await sam.WaitForAsync($"room {code} joined");
        var tia = Player("Tia", "--room", code);
        await tia.WaitForAsync($"room {code} joined");
        await _tmux.WaitForAsync("Sam", "Tia");

        _tmux.Press("Tab", "Down");
        await _tmux.WaitForAsync("m Mute");
        _tmux.Type("m");
        await sam.WaitForAsync("* the host muted you");
        await tia.WaitForAsync("* Sam was muted by the host");
        await _tmux.WaitForAsync(" muted");

        _tmux.Type("k");
        await sam.WaitForAsync($"the host removed you from room {code}");
        await tia.WaitForAsync("* Sam was removed by the host");
        await _tmux.WaitForAsync("✗ Sam");

        _tmux.Press("Down");
        await _tmux.WaitForAsync("u Unban");
        _tmux.Type("u");
        await tia.WaitForAsync("* the host lifted the ban on Sam");
    }

    public async Task DisposeAsync()
    {
        _tmux?.Dispose();
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _data.Dispose();
        _home.Dispose();
    }

    private ConsolePlayer Player(string name, params string[] extraArgs)
    {
        var player = ConsolePlayer.Start(_server!.Url, name, Path.Combine(_home.Path, name + "-config"), extraArgs);
        _processes.Add(player);
        return player;
    }

    [GeneratedRegex(@"room ([A-Z0-9]{6}) created")]
    private static partial Regex RoomCreated();

    [GeneratedRegex(@"([A-Z0-9]{6}) lobby")]
    private static partial Regex LobbyRoom();
}

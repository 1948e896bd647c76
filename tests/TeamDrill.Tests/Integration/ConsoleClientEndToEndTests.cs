using System.Text.RegularExpressions;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Integration;

/// <summary>Four real <c>teamdrill console</c> processes play a whole drill against the real server process.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class ConsoleClientEndToEndTests
{
    [Fact]
    public async Task four_console_clients_play_a_drill_from_sign_in_to_debrief_and_history()
    {
        using var data = new TempFolder();
        using var config = new TempFolder();
        await using var server = await ServerProcess.StartAsync(data.Path);

        await using var ana = Client(config, server, "Ana");
        await ana.WaitForLine("signed in as Ana");
        await ana.TypeAsync("/create");
        var code = RoomCode().Match(await ana.WaitForLine(" created")).Groups[1].Value;

        await using var ben = Client(config, server, "Ben");
        await using var cy = Client(config, server, "Cy");
        await using var dee = Client(config, server, "Dee");
        foreach (var p in new[] { ben, cy, dee })
        {
            await p.WaitForLine("signed in as");
            await p.TypeAsync($"/join {code.ToLowerInvariant()}");
            await p.WaitForLine($"room {code} joined");
        }

        await ana.WaitForLine("* Dee joined");
        await ana.TypeAsync("/role Ana customer");
        await ana.TypeAsync("/role Ben agent");
        await ana.TypeAsync("/start late-birthday-bike");

        await ana.WaitForLine("* your card (only you see this):");
        await ben.WaitForLine("* drill 1 started: The birthday bike that is still in a depot");
        await ana.TypeAsync("Hi, my son's bike has been stuck in transit for a week and his birthday is Saturday.");
        await ben.WaitForLine("[1] Ana (customer): Hi, my son's bike");
        await ben.TypeAsync("Mrs Mensah, I understand Saturday matters. I can arrange collection from the depot on Friday.");
        await cy.WaitForLine("[2] Ben (agent): Mrs Mensah");
        await ana.TypeAsync("/anger 2");
        await cy.TypeAsync("/tag 2 empathy +");
        await cy.WaitForLine("* tag on [2]: empathy +");
        await ana.TypeAsync("/end resolved");
        await dee.WaitForLine("* call ended: resolved");
        await ben.TypeAsync("/reflect I offered collection before she had to ask.");
        await dee.WaitForLine("* Ben wrote a reflection");

        // Bad input from a real terminal: refused with a reason, nothing sent.
        await cy.TypeAsync("/score 9 9 9");
        await cy.WaitFor(l => l.StartsWith("! ", StringComparison.Ordinal), "an error line");

        await cy.TypeAsync("/score 4 4 4 4 4 na 4 4 4 4");
        await cy.WaitForLine("* your scores are recorded");
        await dee.WaitForLine("* Cy submitted scores (1/2)");
        await dee.TypeAsync("/score 2 2 2 2 2 na 2 2 2 2");

        foreach (var p in new[] { ana, ben, cy, dee })
        {
            await p.WaitForLine("* debrief of drill 1 in room " + code);
            await p.WaitForLine("overall score: 3.0/5");
            await p.WaitForLine("the agent's reflection: \"I offered collection before she had to ask.\"");
        }

        // What only the customer saw never reached the others' screens.
        var hiddenFact = "twenty minutes away";
        Assert.Contains(hiddenFact, ana.Transcript);
        foreach (var p in new[] { ben, cy, dee })
        {
            Assert.DoesNotContain(hiddenFact, p.Transcript);
            Assert.DoesNotContain("your card (only you see this)", p.Transcript);
        }

        // Dee never saw Cy's tag before the debrief; Ben never saw any tag live.
        Assert.DoesNotContain("* tag on [2]", ben.Transcript[..ben.Transcript.IndexOf("* debrief", StringComparison.Ordinal)]);

        var saved = Path.Combine(config.Path, "ben-drill-1.tdrill");
        await ben.TypeAsync($"/save 1 {saved}");
        await ben.WaitForLine($"* saved drill 1 to {saved}");
        await using (var export = ConsoleProcess.Start(config.Path, "export", saved, "--format", "md"))
        {
            await export.WaitForLine("The birthday bike that is still in a depot");
        }

        await ben.TypeAsync("/history");
        await ben.WaitFor(l => l.Contains(code, StringComparison.Ordinal) && l.Contains("resolved", StringComparison.Ordinal), "a history line");
        Assert.Equal(0, await ana.QuitAsync());
    }

    [Fact]
    public async Task the_console_client_says_clearly_when_the_server_is_unreachable()
    {
        using var config = new TempFolder();
        await using var lonely = ConsoleProcess.Start(config.Path, "console", "--server", $"http://127.0.0.1:{FreePorts.Next()}", "--name", "Ana");
        var error = await lonely.WaitFor(l => l.StartsWith("! ", StringComparison.Ordinal), "an error line");
        Assert.Contains("127.0.0.1", error);
    }

    private static ConsoleProcess Client(TempFolder config, ServerProcess server, string name) =>
        ConsoleProcess.Start(Path.Combine(config.Path, name), "console", "--server", server.Url, "--name", name);

    [GeneratedRegex(@"room ([A-Z0-9]{6}) created")]
    private static partial Regex RoomCode();
}

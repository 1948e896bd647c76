using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Shared.Protocol;
using TeamDrill.Tests.Infrastructure;
using TeamDrill.Tests.Integration;

namespace TeamDrill.Tests.Web;

/// <summary>
/// The join page and the projector view in headless chromium against the real server, with the drill
/// driven by real SignalR clients. Screenshots of each phase land in bin/.../screenshots/ (see
/// <see cref="HeadlessBrowser.ScreenshotFolder"/>). Every wait polls the page, with generous timeouts.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class WebPageBrowserTests(SharedServer shared, HeadlessBrowser browser) : IClassFixture<HeadlessBrowser>
{
    [Fact]
    public async Task the_home_page_says_what_teamdrill_is_and_how_to_get_the_client_and_join()
    {
        var page = new ProjectorPage(await browser.OpenAsync());
        var response = await page.Page.GoToAsync(shared.Url + "/");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var text = await page.TextAsync();
        Assert.Contains("customer", text, StringComparison.Ordinal);
        Assert.Contains("Get the client", text, StringComparison.Ordinal);
        Assert.Contains("Join a room", text, StringComparison.Ordinal);
        Assert.Equal(shared.Url, await page.TextOfAsync("server-address"));
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("!!document.querySelector('#get-client a[href=\"/download\"]')"));
        // The shared server listens on loopback only, so the page says how to open it to the network.
        Assert.Contains("--listen http://0.0.0.0:5080", await page.TextOfAsync("network-note"), StringComparison.Ordinal);
        await HeadlessBrowser.ScreenshotAsync(page.Page, "home-1280x720");
    }

    [Fact]
    public async Task the_projector_follows_a_drill_without_private_text_and_then_shows_the_debrief_charts()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var link = await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        Assert.StartsWith(shared.Url + "/watch/" + drill.Code + "?key=", link, StringComparison.Ordinal);
        await drill.Scorer1.WaitFor<WatchLinkOpened>(e => e.ByName == "Ana");

        var page = new ProjectorPage(await browser.OpenAsync(1280, 720));
        Assert.Equal(HttpStatusCode.OK, (await page.Page.GoToAsync(link)).Status);
        await page.UntilPhaseAsync("lobby");
        await page.UntilTextAsync("Dee");
        Assert.Equal(drill.Code, await page.TextOfAsync("join-code"));
        await page.UntilAsync("document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0", "the join QR code to load");
        Assert.True(await page.FitsAsync(), "The lobby scrolls at 1280x720.");
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-1-lobby-1280x720");
        await page.Page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = 1920, Height = 1080 });
        Assert.True(await page.FitsAsync(), "The lobby scrolls at 1920x1080.");
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-1-lobby-1920x1080");

        await drill.Start();
        var dealt = await drill.Customer.WaitFor<CustomerCardDealt>();
        var started = await drill.Scorer2.WaitFor<DrillStarted>();
        await page.UntilPhaseAsync("call");
        await drill.Say(drill.Customer, "My son's bike is stuck in a depot and his birthday is Saturday!");
        await drill.Say(drill.Agent, "Mrs Mensah, I can hear how much Saturday matters.");
        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.SetAnger), drill.Code, 7, ActionIds.New());
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.TagMessage), drill.Code, 2, "empathy", TagPolarity.Plus, ActionIds.New());
        await page.UntilTextAsync("I can hear how much Saturday matters.");
        await page.UntilTextAsync("7 / 10");
        await drill.Scorer1.WaitFor<MessageTagged>();

        var onCall = await page.TextAsync();
        Assert.Contains("Ben", onCall, StringComparison.Ordinal);
        Assert.Contains("agent", onCall, StringComparison.Ordinal);
        Assert.Matches(@"\d+:\d\d", await page.TextOfAsync("clock"));
        AssertNothingPrivate(onCall, dealt.Card);

        // A long call: the newest lines stay on screen and nothing scrolls.
        for (var line = 1; line <= 24; line++)
        {
            await drill.Say(line % 2 == 0 ? drill.Agent : drill.Customer, $"Line {line} of a long call.");
        }

        await page.UntilTextAsync("Line 24 of a long call.");
        Assert.True(await page.FitsAsync(), "The call scrolls at 1920x1080.");
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>(
            "document.querySelector('#transcript li:last-child').getBoundingClientRect().bottom <= window.innerHeight"), "The newest line is off screen.");
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-2-call-1920x1080");

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.EndCall), drill.Code, CallOutcome.Resolved, ActionIds.New());
        await page.UntilPhaseAsync("scoring");
        await drill.Scorer1.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, DrillScript.Sheet(started.Rubric, 4), ActionIds.New());
        await page.UntilTextAsync("1 of 2 submitted");
        var scoring = await page.TextAsync();
        AssertNothingPrivate(scoring, dealt.Card);
        Assert.DoesNotContain("Score:", scoring, StringComparison.Ordinal);
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-3-scoring-1920x1080");

        await drill.Scorer2.Hub.InvokeAsync(nameof(IDrillHub.SubmitRubric), drill.Code, DrillScript.Sheet(started.Rubric, 3), ActionIds.New());
        await drill.Agent.Hub.InvokeAsync(nameof(IDrillHub.SubmitReflection), drill.Code, "I should have asked about the depot first.", ActionIds.New());
        await page.UntilPhaseAsync("debrief");
        await page.UntilTextAsync("Score:");
        var bars = await page.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#consensus li').length");
        Assert.Equal(started.Rubric.Count, bars);
        Assert.Contains("3.5", await page.TextOfAsync("consensus"), StringComparison.Ordinal);
        Assert.True(await page.Page.EvaluateExpressionAsync<int>("Number(document.getElementById('anger-curve').dataset.points)") >= 2);
        Assert.Contains("Agreement", await page.TextOfAsync("agreement"), StringComparison.Ordinal);
        Assert.True(await page.FitsAsync(), "The debrief scrolls at 1920x1080.");
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-4-debrief-1920x1080");
        await page.Page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = 1280, Height = 720 });
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-4-debrief-1280x720");
    }

    [Fact]
    public async Task a_revoked_link_stops_its_page_which_says_so_and_the_link_no_longer_opens()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var link = await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        var page = new ProjectorPage(await browser.OpenAsync());
        await page.Page.GoToAsync(link);
        await page.UntilPhaseAsync("lobby");
        await page.UntilTextAsync("Dee");

        await drill.Customer.Hub.InvokeAsync(nameof(IDrillHub.RevokeWatchLink), drill.Code);
        await page.UntilAsync("document.body.dataset.state === 'stopped'", "the page to stop");
        Assert.Contains("revoked", await page.TextOfAsync("status"), StringComparison.Ordinal);
        await drill.Agent.WaitFor<WatchLinkClosed>(e => e.ByName == "Ana");

        // The room goes on; the stopped page does not.
        await drill.Start();
        await drill.Agent.WaitFor<DrillStarted>();
        Assert.Equal("lobby", await page.PhaseAsync());
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-5-revoked");

        var again = new ProjectorPage(await browser.OpenAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await again.Page.GoToAsync(link)).Status);
        Assert.Contains("revoked or mistyped", await again.TextOfAsync("refusal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_wrong_key_gets_a_plain_refusal_page()
    {
        await using var drill = await DrillScript.SetUpAsync(shared.Url);
        var link = await drill.Customer.Hub.InvokeAsync<string>(nameof(IDrillHub.CreateWatchLink), drill.Code);
        var page = new ProjectorPage(await browser.OpenAsync());

        var response = await page.Page.GoToAsync(link[..link.IndexOf("?key=", StringComparison.Ordinal)] + "?key=not-the-key");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(WatchLinkRefusal.Revoked, await page.TextOfAsync("refusal"));
        Assert.Equal(HttpStatusCode.Forbidden, (await page.Page.GoToAsync(shared.Url + "/watch/" + drill.Code)).Status);
        await HeadlessBrowser.ScreenshotAsync(page.Page, "projector-6-refused");
    }

    /// <summary>None of the card's private lines, and no scorer's tag, may be on the projector before the debrief.</summary>
    private static void AssertNothingPrivate(string pageText, CustomerCard card)
    {
        foreach (var line in card.Sections.SelectMany(s => s.Lines).Where(l => l.Length >= 12))
        {
            Assert.DoesNotContain(line[..Math.Min(40, line.Length)], pageText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("empathy", pageText, StringComparison.OrdinalIgnoreCase);
    }
}

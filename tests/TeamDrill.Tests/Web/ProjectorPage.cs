using PuppeteerSharp;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Web;

/// <summary>The projector page in a real browser, read the way a person in the room reads it: by what is on screen.</summary>
public sealed class ProjectorPage(IPage page)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public IPage Page => page;

    /// <summary>Everything visible on the page, as the browser lays it out.</summary>
    public Task<string> TextAsync() => page.EvaluateExpressionAsync<string>("document.body.innerText");

    public Task<string> PhaseAsync() => page.EvaluateExpressionAsync<string>("document.getElementById('phase').dataset.phase || ''");

    public Task<string> StateAsync() => page.EvaluateExpressionAsync<string>("document.body.dataset.state || ''");

    public Task<string> TextOfAsync(string id) =>
        page.EvaluateExpressionAsync<string>($"(document.getElementById('{id}') || {{ innerText: '' }}).innerText");

    public async Task UntilPhaseAsync(string phase) =>
        await Poll.UntilAsync(async () => await PhaseAsync() == phase, Wait, $"the projector to show the {phase}", null, TimeSpan.FromMilliseconds(200));

    public async Task UntilTextAsync(string text) =>
        await Poll.UntilAsync(async () => (await TextAsync()).Contains(text, StringComparison.Ordinal), Wait, $"the projector to show '{text}'", null, TimeSpan.FromMilliseconds(200));

    public async Task UntilAsync(string script, string what) =>
        await Poll.UntilAsync(() => page.EvaluateExpressionAsync<bool>(script), Wait, what, null, TimeSpan.FromMilliseconds(200));

    /// <summary>Whether the page fits its window with nothing to scroll.</summary>
    public Task<bool> FitsAsync() => page.EvaluateExpressionAsync<bool>(
        "document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth");
}

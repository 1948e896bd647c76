using PuppeteerSharp;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>), headless, driven over the
/// DevTools protocol by PuppeteerSharp; never a downloaded browser. One per test class; each test opens its own pages.
/// </summary>
public sealed class HeadlessBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder _profile = new("teamdrill-chromium");
    private IBrowser? _browser;

    /// <summary>Where each test writes its screenshots, for the record: bin/.../screenshots/ beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run `bash .ci/run` once, or `apt-get install chromium`.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumPath,
            UserDataDir = _profile.Path,
            Timeout = 120_000,
            ProtocolTimeout = 120_000,
            // Without the background-networking flags chromium keeps knocking on this closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            ],
        });
    }

    /// <summary>A new tab with the given window size.</summary>
    public async Task<IPage> OpenAsync(int width = 1280, int height = 720)
    {
        var page = await (_browser ?? throw new InvalidOperationException("The browser has not started.")).NewPageAsync();
        page.DefaultTimeout = 60_000;
        page.DefaultNavigationTimeout = 60_000;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return page;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(path);
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _profile.Dispose();
    }
}

using AleppoQuiz.Testing;
using Microsoft.Playwright;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// One server and one headless Chromium for every browser test. The browser is the distribution's own
/// (/usr/bin/chromium): tests never download one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly BrowserServerFactory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        BaseAddress = factory.Start();
        // Pages wait on state for up to this long; a whole question round takes a few seconds of reading time.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // A machine with a closed network: no first-run, sync, component or QUIC traffic that could only fail or wait.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A fresh browser profile (own storage, like a separate device) with a page open on the server; the browser
    /// prefers <paramref name="language"/>, as a device set up in that language does. With <paramref name="touch"/>
    /// the device has a touch screen, so taps arrive as touches, as on a phone.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width, int height, string language = "en-US", bool touch = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = language,
            HasTouch = touch,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            try
            {
                // Bounded: a browser that stopped answering must not hold the test run open after its tests are done.
                await browser.CloseAsync().WaitAsync(TimeSpan.FromMinutes(1));
            }
            catch (TimeoutException)
            {
                // Ending the Playwright driver below ends the browser it launched.
            }
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}

/// <summary>Browser tests share one server and browser and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

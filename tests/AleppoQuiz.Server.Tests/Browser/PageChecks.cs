using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// What every screen a class meets must pass, checked the same way from every test that reaches one: the text is
/// readable against what is painted behind it, nothing sticks out sideways on a phone, tablet, laptop or projector,
/// and a screenshot is kept. <see cref="AssertFitsProjectorAsync"/> adds the projector rule for the host's screens.
/// </summary>
internal static class PageChecks
{
    /// <summary>WCAG AA for body text; the rule is held for all text, large or not.</summary>
    public const double MinimumContrast = 4.5;

    public static readonly int[] Widths = [360, 768, 1280, 1920];

    public static readonly (int Width, int Height)[] Projectors = [(1280, 720), (1920, 1080)];

    /// <summary>Screenshot, contrast and horizontal overflow at every width; the page's own size is restored after.</summary>
    public static async Task CheckScreenAsync(BrowserFixture browser, IPage page, string name)
    {
        await browser.ScreenshotAsync(page, name);
        await AssertReadableAsync(page, name);
        await AssertNoHorizontalOverflowAsync(page, name);
    }

    /// <summary>
    /// axe's colour-contrast rule: its violations fail, and every node it could not decide ("needs review": text over
    /// overlapping boxes, pseudo-elements, transparent buttons) is measured in the page instead of being passed.
    /// </summary>
    public static async Task AssertReadableAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] },
        });
        var problems = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"axe: {n.Target} {string.Join(" ", n.Any.Select(c => c.Message))}"))
            .ToList();

        var undecided = result.Incomplete.SelectMany(i => i.Nodes).Select(n => n.Target.ToString()).Distinct().ToArray();
        if (undecided.Length > 0)
        {
            var measured = await page.EvaluateAsync<ContrastReading[]>(PageScripts.Contrast, undecided);
            problems.AddRange(measured
                .Where(m => m.Problem is not null || m.Ratio < MinimumContrast)
                .Select(m => m.Problem is not null
                    ? $"{m.Selector} “{m.Text}”: {m.Problem}"
                    : $"{m.Selector} “{m.Text}”: contrast {m.Ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1"));
        }

        Assert.True(problems.Count == 0, $"Unreadable text on {where}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>At each width (the current height kept) the page is no wider than the window.</summary>
    public static async Task AssertNoHorizontalOverflowAsync(IPage page, string where)
    {
        var original = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 800 };
        var problems = new List<string>();
        try
        {
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, original.Height);
                var overflow = await page.EvaluateAsync<string?>(PageScripts.HorizontalOverflow);
                if (overflow is not null)
                {
                    problems.Add($"at {width} px: {overflow}");
                }
            }
        }
        finally
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }

        Assert.True(problems.Count == 0, $"{where} is wider than the window:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>
    /// On each projector size the whole screen shows without scrolling either way, with `control` (the host's next
    /// button) inside the window.
    /// </summary>
    public static async Task AssertFitsProjectorAsync(BrowserFixture browser, IPage page, string control, string name)
    {
        var original = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 800 };
        var problems = new List<string>();
        try
        {
            foreach (var (width, height) in Projectors)
            {
                await page.SetViewportSizeAsync(width, height);
                var fit = await page.EvaluateAsync<FitReading>(PageScripts.Fit, control);
                await browser.ScreenshotAsync(page, $"{name}-{width}x{height}");
                if (fit.ScrollHeight > fit.ClientHeight || fit.ScrollWidth > fit.ClientWidth)
                {
                    problems.Add($"at {width}×{height} the page is {fit.ScrollWidth}×{fit.ScrollHeight}");
                }

                if (!fit.Found || fit.Top < 0 || fit.Bottom > height)
                {
                    problems.Add($"at {width}×{height} {control} is {(fit.Found ? $"at {fit.Top:0}–{fit.Bottom:0} px" : "missing")}");
                }
            }
        }
        finally
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }

        Assert.True(problems.Count == 0, $"{name} does not fit a projector:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>Each selected element is wholly inside the window as it is now, without scrolling.</summary>
    public static async Task AssertInWindowAsync(IPage page, string where, params string[] selectors)
    {
        var height = page.ViewportSize?.Height ?? 0;
        var problems = new List<string>();
        foreach (var selector in selectors)
        {
            var fit = await page.EvaluateAsync<FitReading>(PageScripts.Fit, selector);
            if (!fit.Found || fit.Top < 0 || fit.Bottom > height)
            {
                problems.Add(fit.Found ? $"{selector} is at {fit.Top:0}–{fit.Bottom:0} px of {height}" : $"{selector} is missing");
            }
        }

        Assert.True(problems.Count == 0, $"Out of sight on {where}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>Font sizes in CSS pixels of the first element matching each selector.</summary>
    public static Task<double[]> FontSizesAsync(IPage page, params string[] selectors) =>
        page.EvaluateAsync<double[]>(PageScripts.FontSizes, selectors);

    // Filled in by Playwright from the page's objects, which needs settable properties.
    internal sealed class ContrastReading
    {
        public string Selector { get; set; } = "";

        public double Ratio { get; set; }

        public string? Problem { get; set; }

        public string Text { get; set; } = "";
    }

    internal sealed class FitReading
    {
        public double ScrollHeight { get; set; }

        public double ClientHeight { get; set; }

        public double ScrollWidth { get; set; }

        public double ClientWidth { get; set; }

        public bool Found { get; set; }

        public double Top { get; set; }

        public double Bottom { get; set; }
    }
}

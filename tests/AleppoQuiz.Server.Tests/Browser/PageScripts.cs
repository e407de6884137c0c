namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// Measurements taken inside the page by <see cref="PageChecks"/>. Each waits two animation frames first, so a
/// layout change just made (a new viewport size, a redraw) has been laid out and painted before it is measured.
/// A page the browser treats as hidden gets no animation frames at all, so the wait also ends after half a second:
/// layout is still current then (reading sizes forces it), and the measurement never waits forever.
/// </summary>
internal static class PageScripts
{
    private const string Settle =
        "await new Promise(done => { requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 500); });";

    private const string Describe = """
        const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
        """;

    /// <summary>
    /// The contrast of each selected element's text against what is painted behind it at that spot: the boxes under
    /// the text (from elementsFromPoint, so positioned and overlapping boxes count, not just DOM ancestors) are
    /// composited bottom-up over the white canvas, each background's alpha scaled by its opacity and its ancestors'.
    /// A background image or an unreadable colour cannot be resolved and is reported as such, never passed.
    /// </summary>
    public const string Contrast = "async (selectors) => {" + Settle + Describe + """
        const parse = (c) => {
          const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
          if (!m) return null;
          const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
          return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
        };
        const over = (top, bottom) => {
          const a = top.a + bottom.a * (1 - top.a);
          const mix = (t, b) => a === 0 ? 0 : (t * top.a + b * bottom.a * (1 - top.a)) / a;
          return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
        };
        const luminance = (c) => {
          const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
        };
        const opacity = (e) => { let o = 1; for (let at = e; at; at = at.parentElement) o *= Number(getComputedStyle(at).opacity); return o; };
        const ancestors = (e) => { const list = []; for (let at = e; at; at = at.parentElement) list.push(at); return list; };
        const results = [];
        for (const selector of selectors) {
          const element = document.querySelector(selector);
          if (!element) { results.push({ selector, problem: 'no longer in the page' }); continue; }
          element.scrollIntoView({ block: 'center', inline: 'nearest' });
          const text = [...element.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
          let rect = null;
          if (text) { const range = document.createRange(); range.selectNodeContents(text); rect = [...range.getClientRects()].find(r => r.width > 0 && r.height > 0) ?? null; }
          rect ??= element.getBoundingClientRect();
          // Text clipped to a pixel is for screen readers only: nobody sees it, so its colour does not matter.
          if (rect.width <= 1 || rect.height <= 1) continue;
          const stack = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          const at = stack.indexOf(element);
          const behind = at >= 0 ? stack.slice(at) : ancestors(element);
          let base = { r: 255, g: 255, b: 255, a: 1 };
          let problem = null;
          for (const layer of [...behind].reverse()) {
            const style = getComputedStyle(layer);
            if (style.backgroundImage !== 'none') { problem = 'background image on ' + describe(layer); break; }
            const bg = parse(style.backgroundColor);
            if (!bg) { problem = 'unreadable background ' + style.backgroundColor; break; }
            bg.a *= opacity(layer);
            base = over(bg, base);
          }
          const fg = parse(getComputedStyle(element).color);
          if (!fg) problem ??= 'unreadable colour';
          if (problem) { results.push({ selector, problem, text: element.textContent.trim().slice(0, 60) }); continue; }
          fg.a *= opacity(element);
          const painted = over(fg, base);
          const [light, dark] = [luminance(painted), luminance(base)].sort((x, y) => y - x);
          results.push({ selector, ratio: (light + 0.05) / (dark + 0.05), text: element.textContent.trim().slice(0, 60) });
        }
        return results;
        }
        """;

    /// <summary>How far the page is wider than the window, with the elements that stick out furthest.</summary>
    public const string HorizontalOverflow = "async () => {" + Settle + Describe + """
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth) return null;
        // Content inside a box that scrolls or clips sideways does not widen the page, so it is not a culprit.
        const clipped = (e) => { for (let at = e.parentElement; at && at !== document.body; at = at.parentElement) { if (getComputedStyle(at).overflowX !== 'visible') return true; } return false; };
        // A right-to-left page overflows to the left: an element sticking out there starts before 0.
        const rtl = getComputedStyle(root).direction === 'rtl';
        const beyond = (rect) => rtl ? -rect.left : rect.right - root.clientWidth;
        const wide = [...document.body.querySelectorAll('*')]
          .filter(e => !clipped(e))
          .map(e => ({ e, by: beyond(e.getBoundingClientRect()) }))
          .filter(x => x.by > 0.5 && ![...x.e.children].some(c => beyond(c.getBoundingClientRect()) >= x.by))
          .sort((a, b) => b.by - a.by).slice(0, 5).map(x => describe(x.e) + ' sticks out ' + Math.round(x.by) + ' px');
        return 'page ' + root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px window; ' + wide.join('; ');
        }
        """;

    /// <summary>Whether the whole page fits the window, and where the selected control is.</summary>
    public const string Fit = "async (selector) => {" + Settle + """
        const root = document.documentElement;
        const target = document.querySelector(selector);
        const box = target ? target.getBoundingClientRect() : null;
        return {
          scrollHeight: root.scrollHeight, clientHeight: root.clientHeight,
          scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
          found: !!box, top: box ? box.top : 0, bottom: box ? box.bottom : 0,
        };
        }
        """;

    /// <summary>The font sizes, in CSS pixels, of the first element matching each selector (0 when missing).</summary>
    public const string FontSizes = """
        (selectors) => selectors.map(s => { const e = document.querySelector(s); return e ? parseFloat(getComputedStyle(e).fontSize) : 0; })
        """;
}

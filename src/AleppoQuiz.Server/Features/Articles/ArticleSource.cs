using System.Text;
using AleppoQuiz.Core.Articles.Html;

namespace AleppoQuiz.Server.Features.Articles;

/// <summary>
/// A story as it reached the server, ready for the line cleaner: plain text as given, or the paragraphs of an
/// HTML page together with what the page says about itself. Also the checks every input passes first, so that a
/// refused input has changed nothing.
/// </summary>
internal sealed record ArticleSource(string Text, HtmlPage? Page, string? OriginalFile)
{
    /// <summary>Far above any news story (a long feature is ~100 KB of HTML) and far below what would strain the server.</summary>
    public const int MaximumBytes = 1024 * 1024;

    // Strict: invalid UTF-8 (a PDF, a Word file, a page saved in another encoding) throws instead of turning into "?".
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleSource Create(string text, bool isHtml, string? originalFile)
    {
        if (!isHtml)
        {
            return new ArticleSource(text, null, originalFile);
        }

        var page = HtmlArticleExtractor.Extract(text);
        return new ArticleSource(page.Text, page, originalFile);
    }

    /// <summary>Decodes an uploaded file; false for anything that is not UTF-8 text (NUL bytes, invalid sequences).</summary>
    public static bool TryDecode(byte[] bytes, out string text)
    {
        text = "";
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// The UTF-8 size of pasted text, or null when it cannot be text: a NUL character or half of a surrogate pair
    /// means bytes of some other kind were pasted or sent.
    /// </summary>
    public static int? TextByteCount(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}

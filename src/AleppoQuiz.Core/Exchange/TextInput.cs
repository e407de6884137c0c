using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// Turns an uploaded file into text every reader can trust: not empty, not binary, valid Unicode, and with
/// "\n" line ends only, so that line numbers in error messages match what an editor shows.
/// </summary>
internal static class TextInput
{
    /// <summary>
    /// Text that is valid UTF-8 is read as UTF-8; anything else as Windows-1252, which is what Excel's "CSV" saves
    /// on a Western-European Windows. A UTF-8 reading of 1252 bytes fails on the first accented letter, while 1252
    /// maps every byte, so the order of the two tries decides correctly for real files.
    /// </summary>
    public static string DecodeUtf8OrWindows1252(byte[] bytes, ExchangeFormat format)
    {
        if (Utf8.IsValid(bytes) || IsZip(bytes) || Array.IndexOf(bytes, (byte)0) >= 0 || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(bytes, format);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Check(Encoding.GetEncoding(1252).GetString(bytes), format);
    }

    private static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static string Decode(ReadOnlySpan<byte> bytes, ExchangeFormat format)
    {
        if (bytes.IsEmpty)
        {
            throw new ExchangeFormatException(null, "the file is empty");
        }

        if (IsZip(bytes))
        {
            throw new ExchangeFormatException(null,
                $"this is a zip archive (an .xlsx workbook or a package?), not {format.DisplayName} text; save or export it as {format.DisplayName} first");
        }

        // Excel's "Unicode text" is UTF-16; it is text, so it is read rather than mistaken for binary.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Check(Encoding.Unicode.GetString(bytes[2..]), format);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Check(Encoding.BigEndianUnicode.GetString(bytes[2..]), format);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw Binary(format);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                throw ExchangeFormatException.AtLine(line, "the file is not UTF-8 text; save it with UTF-8 encoding and try again");
            }

            return Check(new string(chars, 0, written), format);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Checks text handed over as a string (from a form field or a test) the same way as a file.</summary>
    public static string Check(string text, ExchangeFormat format)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw Binary(format);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExchangeFormatException(null, "the file is empty");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
    }

    private static ExchangeFormatException Binary(ExchangeFormat format) =>
        new(null, $"this looks like a binary file (it contains NUL bytes), not {format.DisplayName} text");
}

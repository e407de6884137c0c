using System.Text;
using AleppoQuiz.Core.Exchange;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>Files that are not text of the format at all get one clear sentence, whichever format was chosen.</summary>
public class UnreadableInputTests
{
    public static TheoryData<string> ImportFormats() => new(QuizExchange.Formats.Where(f => f.CanImport).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(ImportFormats))]
    public void An_empty_file_is_refused_as_empty(string format)
    {
        foreach (var content in new[] { Array.Empty<byte>(), Encoding.UTF8.GetBytes(" \n\r\n\t"), [0xEF, 0xBB, 0xBF] })
        {
            var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(QuizExchange.Find(format), content));

            Assert.Equal("the file is empty", error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(ImportFormats))]
    public void A_binary_file_is_refused_as_binary(string format)
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(QuizExchange.Find(format), png));

        Assert.Contains("binary file", error.Message, StringComparison.Ordinal);
        Assert.Contains("binary file", Assert.Throws<ExchangeFormatException>(() =>
            QuizExchange.Import(QuizExchange.Find(format), "::q::a\0b {=a ~b}")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_instead_of_its_CSV_is_told_to_save_as_CSV()
    {
        var xlsx = "PK\u0003\u0004\u0014\0\u0006\0"u8.ToArray();

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.KahootCsv, xlsx));

        Assert.Contains("zip archive", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kahoot quiz spreadsheet saved as CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_another_encoding_is_reported_on_the_line_of_the_first_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes("::q::Fine {=a ~b}\n\n::r::Caf\u00e9 {=a ~b}");

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.Gift, latin1));

        Assert.Equal("line 3", error.Location);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_Windows_line_ends_are_taken_in_stride()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("::q::Caf\u00e9?\r\n{=yes ~no}\r\n")).ToArray();

        var question = Assert.Single(QuizExchange.Import(ExchangeFormat.Gift, bytes).Questions);

        Assert.Equal(("q", "Caf\u00e9?"), (question.Id, question.Prompt));
    }

    [Fact]
    public void A_stream_larger_than_the_limit_is_refused_before_parsing()
    {
        using var huge = new MemoryStream(new byte[QuizExchange.MaxImportBytes + 1]);

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.Gift, huge));

        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
    }
}

using System.Text;
using AleppoQuiz.Core.Exchange;

namespace AleppoQuiz.Core.Tests.Exchange;

public class QuizExchangeTests
{
    [Fact]
    public void The_formats_say_what_each_can_do()
    {
        var formats = QuizExchange.Formats.Select(f => (f.Name, f.FileExtension, f.MediaType, f.CanImport, f.CanExport));

        Assert.Equal(
            [
                ("native", ".yaml", "application/yaml", true, true),
                ("gift", ".gift.txt", "text/plain", true, true),
                ("moodle-xml", ".moodle.xml", "application/xml", true, true),
                ("kahoot", ".kahoot.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, true),
                ("kahoot-csv", ".kahoot.csv", "text/csv", true, false),
                ("qti", ".qti.zip", "application/zip", false, true),
            ],
            formats);
    }

    [Fact]
    public void Formats_are_found_by_name_and_an_unknown_name_lists_the_known_ones()
    {
        Assert.Same(ExchangeFormat.MoodleXml, QuizExchange.Find(" Moodle-XML "));

        var error = Assert.Throws<ArgumentException>(() => QuizExchange.Find("xlsx"));

        Assert.Contains("native, gift, moodle-xml, kahoot, kahoot-csv, qti", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_is_named_after_the_quiz_and_typed_for_download()
    {
        var result = QuizExchange.Export(ExchangeFormat.Gift, ExchangeSamples.BuiltIn("who-said-it"));

        Assert.Equal(("who-said-it.gift.txt", "text/plain"), (result.FileName, result.MediaType));
        Assert.Empty(result.Notes);
        Assert.StartsWith("// Exported from AleppoQuiz.", Encoding.UTF8.GetString(result.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_a_byte_array_and_a_string_import_alike()
    {
        var bytes = QuizExchange.Export(ExchangeFormat.MoodleXml, ExchangeSamples.Awkward).Content;
        using var stream = new MemoryStream(bytes);

        var fromStream = QuizExchange.Import(ExchangeFormat.MoodleXml, stream);

        QuizAssert.SameQuiz(QuizExchange.Import(ExchangeFormat.MoodleXml, bytes), fromStream);
        QuizAssert.SameQuiz(QuizExchange.Import(ExchangeFormat.MoodleXml, Encoding.UTF8.GetString(bytes)), fromStream);
    }

    [Fact]
    public void QTI_cannot_be_imported()
    {
        var error = Assert.Throws<NotSupportedException>(() => QuizExchange.Import(ExchangeFormat.Qti, "<assessmentItem/>"));

        Assert.Contains("exported but not imported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Native_errors_come_back_as_exchange_errors_naming_the_question()
    {
        var yaml = QuizExchange.Export(ExchangeFormat.Native, ExchangeSamples.Awkward).Content;
        var broken = Encoding.UTF8.GetString(yaml).Replace("type: multi", "type: essay", StringComparison.Ordinal);

        var error = Assert.Throws<ExchangeFormatException>(() => QuizExchange.Import(ExchangeFormat.Native, broken));

        Assert.Equal("question 'awk-2'", error.Location);
        Assert.Contains("unknown type 'essay'", error.Message, StringComparison.Ordinal);
    }
}

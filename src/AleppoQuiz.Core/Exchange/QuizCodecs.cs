using AleppoQuiz.Core.Exchange.Kahoot;
using AleppoQuiz.Core.Exchange.MoodleXml;
using AleppoQuiz.Core.Exchange.Qti;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>One format's reader and writer. Readers parse the whole file before returning anything.</summary>
internal interface IQuizCodec
{
    ExchangeFormat Format { get; }

    /// <exception cref="ExchangeFormatException">The text is not a well-formed file of this format.</exception>
    ImportResult Import(string text, ImportOptions options);

    /// <summary>An uploaded file; text formats decode it first, a workbook format opens it as a package.</summary>
    ImportResult ImportBytes(byte[] content, ImportOptions options) => Import(TextInput.Decode(content, Format), options);

    CodecOutput Export(Quiz quiz, ExportOptions options);
}

/// <summary>
/// The question bank's own YAML, through <see cref="QuizFileFormat"/>. It carries every field a teacher writes;
/// only the evidence spans are left out, because the bank loader works them out from the articles.
/// </summary>
internal sealed class NativeCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Native;

    public ImportResult Import(string text, ImportOptions options)
    {
        try
        {
            return new ImportResult(QuizFileFormat.Parse(text), []);
        }
        catch (QuizFormatException ex)
        {
            throw new ExchangeFormatException(ex.QuestionId is null ? null : $"question '{ex.QuestionId}'", ex.Message, ex);
        }
    }

    public CodecOutput Export(Quiz quiz, ExportOptions options) => CodecOutput.Utf8(QuizFileFormat.Write(quiz));
}

/// <summary>Moodle XML: multichoice, truefalse and ordering questions, our fields as tags and an extension element.</summary>
internal sealed class MoodleXmlCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.MoodleXml;

    public ImportResult Import(string text, ImportOptions options) => MoodleXmlReader.Read(text, options);

    public CodecOutput Export(Quiz quiz, ExportOptions options) => CodecOutput.Utf8(MoodleXmlWriter.Write(quiz, options));
}

/// <summary>
/// Kahoot's quiz spreadsheet saved as CSV, import only: Kahoot itself imports the .xlsx workbook
/// (<see cref="KahootXlsxCodec"/>), but teachers keep CSV copies, often saved by Excel in Windows-1252.
/// </summary>
internal sealed class KahootCsvCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.KahootCsv;

    public ImportResult Import(string text, ImportOptions options) => KahootCsvReader.Read(text, options);

    public ImportResult ImportBytes(byte[] content, ImportOptions options) =>
        Import(TextInput.DecodeUtf8OrWindows1252(content, Format), options);

    public CodecOutput Export(Quiz quiz, ExportOptions options) =>
        throw new NotSupportedException("Kahoot imports the .xlsx workbook, not CSV");
}

/// <summary>Kahoot's quiz template workbook: questions where the template puts them, our fields on a second sheet.</summary>
internal sealed class KahootXlsxCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Kahoot;

    public ImportResult Import(string text, ImportOptions options) =>
        throw new ExchangeFormatException(null, "a Kahoot workbook is an .xlsx file, not text: upload the file itself");

    public ImportResult ImportBytes(byte[] content, ImportOptions options)
    {
        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            // Empty and binary files get the same sentence as in every format; text is a CSV sent to the wrong door.
            TextInput.Decode(content, Format);
            throw new ExchangeFormatException(null,
                $"this is text, not an .xlsx workbook: import a CSV copy of the sheet as {ExchangeFormat.KahootCsv.DisplayName}");
        }

        return KahootXlsxReader.Read(content, options);
    }

    public CodecOutput Export(Quiz quiz, ExportOptions options)
    {
        var (workbook, notes) = KahootXlsxWriter.Write(quiz);
        return new CodecOutput(workbook, notes);
    }
}

/// <summary>QTI 2.1, export only: tools that read QTI rarely write it back in a shape worth importing.</summary>
internal sealed class QtiCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Qti;

    public ImportResult Import(string text, ImportOptions options) =>
        throw new NotSupportedException("QTI packages can be exported but not imported");

    public CodecOutput Export(Quiz quiz, ExportOptions options) => new(QtiPackageWriter.Zip(QtiPackageWriter.Files(quiz, options)), []);
}

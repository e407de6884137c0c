using System.Text;
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
    Quiz Import(string text, ImportOptions options);

    CodecOutput Export(Quiz quiz);
}

/// <summary>
/// The question bank's own YAML, through <see cref="QuizFileFormat"/>. It carries every field a teacher writes;
/// only the evidence spans are left out, because the bank loader works them out from the articles.
/// </summary>
internal sealed class NativeCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Native;

    public Quiz Import(string text, ImportOptions options)
    {
        try
        {
            return QuizFileFormat.Parse(text);
        }
        catch (QuizFormatException ex)
        {
            throw new ExchangeFormatException(ex.QuestionId is null ? null : $"question '{ex.QuestionId}'", ex.Message, ex);
        }
    }

    public CodecOutput Export(Quiz quiz) => CodecOutput.Utf8(QuizFileFormat.Write(quiz));
}

/// <summary>Moodle XML: multichoice, truefalse and ordering questions, our fields as tags and an extension element.</summary>
internal sealed class MoodleXmlCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.MoodleXml;

    public Quiz Import(string text, ImportOptions options) => MoodleXmlReader.Read(text, options);

    public CodecOutput Export(Quiz quiz) => CodecOutput.Utf8(MoodleXmlWriter.Write(quiz));
}

/// <summary>Kahoot's quiz spreadsheet as CSV, written with a UTF-8 byte order mark so Excel shows accents and Arabic.</summary>
internal sealed class KahootCsvCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.KahootCsv;

    public Quiz Import(string text, ImportOptions options) => KahootCsvReader.Read(text, options);

    public CodecOutput Export(Quiz quiz)
    {
        var (csv, notes) = KahootCsvWriter.Write(quiz);
        return new CodecOutput([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)], notes);
    }
}

/// <summary>QTI 2.1, export only: tools that read QTI rarely write it back in a shape worth importing.</summary>
internal sealed class QtiCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Qti;

    public Quiz Import(string text, ImportOptions options) =>
        throw new NotSupportedException("QTI packages can be exported but not imported");

    public CodecOutput Export(Quiz quiz) => new(QtiPackageWriter.Zip(QtiPackageWriter.Files(quiz)), []);
}

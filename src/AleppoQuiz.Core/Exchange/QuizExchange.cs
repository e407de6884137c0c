using AleppoQuiz.Core.Exchange.Gift;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// The one door for moving quizzes in and out of other tools. It knows no HTTP and no files on disk, so a web
/// endpoint or the command line is a thin layer over it. An import returns every question of a kind we can play and
/// names each question it left out (<see cref="ImportResult.Skipped"/>); a file that is not well formed throws
/// <see cref="ExchangeFormatException"/> and yields nothing. An import does not validate the
/// questions against the articles: the caller runs <see cref="QuestionValidator"/> and shows what is missing.
/// </summary>
public static class QuizExchange
{
    /// <summary>Larger uploads are refused before parsing; the whole bank is a few hundred kilobytes.</summary>
    public const int MaxImportBytes = 10 * 1024 * 1024;

    private static readonly IQuizCodec[] Codecs =
    [
        new NativeCodec(),
        new GiftCodec(),
        new MoodleXmlCodec(),
        new KahootXlsxCodec(),
        new KahootCsvCodec(),
        new QtiCodec(),
    ];

    public static IReadOnlyList<ExchangeFormat> Formats { get; } = Codecs.Select(c => c.Format).ToArray();

    public static bool TryFind(string name, out ExchangeFormat format)
    {
        format = Formats.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }

    /// <exception cref="ArgumentException">No format has that name; the message lists the names there are.</exception>
    public static ExchangeFormat Find(string name) => TryFind(name, out var format)
        ? format
        : throw new ArgumentException(
            $"unknown format '{name}' (known: {string.Join(", ", Formats.Select(f => f.Name))})", nameof(name));

    /// <summary>The imported quiz alone, for callers that have no one to show the skipped questions to.</summary>
    public static Quiz Import(ExchangeFormat format, Stream content, ImportOptions? options = null) =>
        Read(format, content, options).Quiz;

    public static Quiz Import(ExchangeFormat format, byte[] content, ImportOptions? options = null) =>
        Read(format, content, options).Quiz;

    public static Quiz Import(ExchangeFormat format, string text, ImportOptions? options = null) =>
        Read(format, text, options).Quiz;

    public static ImportResult Read(ExchangeFormat format, Stream content, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                throw new ExchangeFormatException(null, $"the file is larger than {MaxImportBytes / (1024 * 1024)} MB");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(format, buffer.ToArray(), options);
    }

    public static ImportResult Read(ExchangeFormat format, byte[] content, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxImportBytes)
        {
            throw new ExchangeFormatException(null, $"the file is larger than {MaxImportBytes / (1024 * 1024)} MB");
        }

        return Importer(format).ImportBytes(content, options ?? ImportOptions.Default);
    }

    public static ImportResult Read(ExchangeFormat format, string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codec = Importer(format);
        return codec.Import(TextInput.Check(text, format), options ?? ImportOptions.Default);
    }

    public static ExportResult Export(ExchangeFormat format, Quiz quiz, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        var codec = Codec(format);
        if (!format.CanExport)
        {
            throw new NotSupportedException($"{format.DisplayName} files can be imported but not exported");
        }

        var (exportable, unsupported) = SetAsideNewKinds(format, quiz);
        var output = codec.Export(exportable, options ?? ExportOptions.Default);
        if (unsupported.Count > 0)
        {
            output = output with { Notes = [.. unsupported, .. output.Notes] };
        }

        var name = (ImportedQuiz.Slug(quiz.Id) is { Length: > 0 } slug ? slug : ImportedQuiz.FallbackId) + format.FileExtension;
        return new ExportResult(output.Content, name, format.MediaType, output.Notes);
    }

    // Type-answer questions go out as GIFT and Moodle short answers and QTI text entry; Kahoot's spreadsheet import
    // takes quiz questions only, and no exchange format has a poll without right answers. Find-the-evidence goes
    // out as a QTI hottext interaction; GIFT, Moodle XML and Kahoot have no way to select words of a passage. Those
    // left out are named.
    private static (Quiz Quiz, List<ExportNote> Notes) SetAsideNewKinds(ExchangeFormat format, Quiz quiz)
    {
        var notes = new List<ExportNote>();
        foreach (var question in quiz.Questions)
        {
            if (format != ExchangeFormat.Native && WhyNotCarried(format, question) is { } reason)
            {
                notes.Add(new ExportNote(question.Id, reason, Skipped: true));
            }
        }

        return (quiz with { Questions = quiz.Questions.Where(q => format == ExchangeFormat.Native || WhyNotCarried(format, q) is null).ToArray() }, notes);
    }

    private static string? WhyNotCarried(ExchangeFormat format, Question question) => question.Type switch
    {
        QuestionType.Poll => $"{format.DisplayName} has no poll questions (a question with no right answer)",
        QuestionType.TypeAnswer when format == ExchangeFormat.Kahoot =>
            $"{format.DisplayName} import takes quiz questions only, not type-answer questions",
        QuestionType.FindEvidence when format != ExchangeFormat.Qti =>
            $"{format.DisplayName} has no find-the-evidence questions (selecting the words of a passage); the QTI export carries them",
        QuestionType.FindEvidence when PassageWords.OfQuestion(question) is null =>
            "its evidence is not whole words inside its passage, so there are no words to mark as the answer",
        _ => null,
    };

    private static IQuizCodec Importer(ExchangeFormat format)
    {
        var codec = Codec(format);
        return format.CanImport
            ? codec
            : throw new NotSupportedException($"{format.DisplayName} can be exported but not imported");
    }

    private static IQuizCodec Codec(ExchangeFormat format) =>
        Codecs.FirstOrDefault(c => c.Format == format)
        ?? throw new ArgumentException($"no reader or writer for the format '{format.Name}'", nameof(format));
}

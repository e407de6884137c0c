using AleppoQuiz.Core.Exchange.Gift;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// The one door for moving quizzes in and out of other tools. It knows no HTTP and no files on disk, so a web
/// endpoint or the command line is a thin layer over it. An import either returns the whole quiz or throws
/// <see cref="ExchangeFormatException"/>; it never returns part of a file. An import does not validate the
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

    public static Quiz Import(ExchangeFormat format, Stream content, ImportOptions? options = null)
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

        return Import(format, buffer.ToArray(), options);
    }

    public static Quiz Import(ExchangeFormat format, byte[] content, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var codec = Importer(format);
        return codec.Import(TextInput.Decode(content, format), options ?? ImportOptions.Default);
    }

    public static Quiz Import(ExchangeFormat format, string text, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codec = Importer(format);
        return codec.Import(TextInput.Check(text, format), options ?? ImportOptions.Default);
    }

    public static ExportResult Export(ExchangeFormat format, Quiz quiz)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        var codec = Codec(format);
        if (!format.CanExport)
        {
            throw new NotSupportedException($"{format.DisplayName} files can be imported but not exported");
        }

        var (exportable, unsupported) = SetAsideNewKinds(format, quiz);
        var output = codec.Export(exportable);
        if (unsupported.Count > 0)
        {
            output = output with { Notes = [.. unsupported, .. output.Notes] };
        }

        var name = (ImportedQuiz.Slug(quiz.Id) is { Length: > 0 } slug ? slug : ImportedQuiz.FallbackId) + format.FileExtension;
        return new ExportResult(output.Content, name, format.MediaType, output.Notes);
    }

    // Only the native file carries type-answer and poll questions so far; other formats leave them out and say so.
    private static (Quiz Quiz, List<ExportNote> Notes) SetAsideNewKinds(ExchangeFormat format, Quiz quiz)
    {
        var notes = new List<ExportNote>();
        if (format == ExchangeFormat.Native)
        {
            return (quiz, notes);
        }

        foreach (var question in quiz.Questions.Where(q => q.Type is QuestionType.TypeAnswer or QuestionType.Poll))
        {
            notes.Add(new ExportNote(
                question.Id, $"{format.DisplayName} export does not carry {QuestionTypeNames.ToName(question.Type)} questions", Skipped: true));
        }

        var kept = quiz.Questions.Where(q => q.Type is not (QuestionType.TypeAnswer or QuestionType.Poll)).ToArray();
        return (quiz with { Questions = kept }, notes);
    }

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

using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Reads and writes one quiz file of <c>question-bank/quizzes/</c>. Unknown keys are errors, so a misspelt
/// field is reported rather than silently dropped.
/// </summary>
public static class QuizFileFormat
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitDefaults)
        // An option text True, No, 1e3 or ~ is still text: quoted so YAML 1.1 and 1.2 readers do not take it for a
        // boolean, number or null.
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .Build();

    /// <exception cref="QuizFormatException">The YAML is malformed or a field has the wrong shape.</exception>
    public static Quiz Parse(string yaml)
    {
        QuizFile? file;
        try
        {
            file = Reader.Deserialize<QuizFile>(new PlainYamlParser(new Parser(new StringReader(yaml))));
        }
        catch (YamlException ex) when (ex.InnerException is QuizFormatException refused)
        {
            // A refusal from the parser below, wrapped by the deserializer on its way up.
            throw refused;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new QuizFormatException($"line {ex.Start.Line}, column {ex.Start.Column}: {reason}", null, ex);
        }

        file = file ?? throw new QuizFormatException("the file is empty", null);
        if (CheckLimits(file) is { } breach)
        {
            throw new QuizFormatException(breach.Message, null) { Code = breach.Code };
        }

        return QuizFileMapping.ToQuiz(file);
    }

    private static LimitBreach? CheckLimits(QuizFile file) =>
        QuizLimits.CheckQuiz(file.Title, file.Description, file.Questions?.Count ?? 0)
        ?? (file.Questions ?? []).Select(q => QuizLimits.CheckQuestion(
                q.Prompt, q.Explanation, [q.Id, q.Type, q.Skill, q.Difficulty, .. (q.Evidence ?? []).Select(e => e.Article)],
                (q.Options ?? []).Select(o => o.Text).ToArray(),
                [.. (q.Evidence ?? []).Select(e => e.Quote), .. q.Passage is null ? [] : new[] { q.Passage.Quote }], q.ShortPrompt))
            .FirstOrDefault(b => b is not null);

    public static string Write(Quiz quiz) => Writer.Serialize(QuizFileMapping.FromQuiz(quiz));
}

public sealed class QuizFormatException(string message, string? questionId, Exception? inner = null)
    : Exception(message, inner)
{
    public const string Malformed = "quiz-malformed";

    public string? QuestionId { get; } = questionId;

    /// <summary>Why, for programs: <see cref="Malformed"/>, <see cref="PlainYamlParser.AliasesRefused"/> or a <see cref="QuizLimits"/> code.</summary>
    public string Code { get; init; } = Malformed;
}

using System.Text.RegularExpressions;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>Moodle GIFT: the whole file is parsed into questions before any is returned.</summary>
internal sealed partial class GiftCodec : IQuizCodec
{
    public ExchangeFormat Format => ExchangeFormat.Gift;

    public ImportResult Import(string text, ImportOptions options)
    {
        var metadata = new GiftMetadata();
        var questions = new List<Question>();
        var skipped = new List<ImportNote>();
        string? category = null;
        foreach (var block in GiftBlock.Split(text))
        {
            block.Comments.ForEach(metadata.Read);
            // A category line may share its block with a question; the line is taken off and the rest read on.
            var first = block.TextLines.Count > 0 ? block.TextLines[0].Text.Trim() : "";
            if (first.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                category = LastCategoryName(first["$CATEGORY:".Length..]);
                block.TextLines.RemoveAt(0);
            }

            if (block.Text.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var parsed = GiftQuestionParser.Parse(block);
                questions.Add(metadata.TakeQuestion(parsed, options, block.TextLines[0].Number));
            }
            catch (ExchangeFormatException ex) when (ex.IsUnsupportedQuestion)
            {
                // The whole question goes, with the metadata comments that belonged to it.
                metadata.Discard();
                skipped.Add(ImportNote.SkippedBecause(ex));
            }
        }

        return ImportedQuiz.Assemble(metadata.QuizId, metadata.QuizTitle ?? category, metadata.QuizDescription, questions, options, skipped);
    }

    public CodecOutput Export(Quiz quiz, ExportOptions options)
    {
        var notes = new List<ExportNote>();
        var gift = GiftWriter.Write(quiz, options, notes);
        return CodecOutput.Utf8(gift, notes);
    }

    // "$course$/top/Week 3" → "Week 3"; Moodle writes a '/' inside a name as '//'.
    private static string? LastCategoryName(string path)
    {
        var parts = SingleSlash().Split(path.Trim());
        var name = parts[^1].Replace("//", "/", StringComparison.Ordinal).Trim();
        return name.Length == 0 || name.StartsWith('$') || name == "top" ? null : name;
    }

    [GeneratedRegex("(?<!/)/(?!/)")]
    private static partial Regex SingleSlash();
}

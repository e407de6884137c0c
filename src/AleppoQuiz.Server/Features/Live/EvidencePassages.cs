using AleppoQuiz.Core.Game;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Turns a checked find-the-evidence question into what the engine plays: the passage's words as the options, the
/// evidence's words as the correct ids, and the layout players may see (outlet, title, paragraphs, sentences).
/// </summary>
internal static class EvidencePassages
{
    public static GameQuestion ToGameQuestion(Question question, GameQuestion common, StoredArticle article)
    {
        var passage = question.Passage ?? throw new ArgumentException("A find-the-evidence question has a passage.", nameof(question));
        var words = PassageWords.Split(passage.Quote);
        var evidence = question.Evidence[0];
        var (first, last) = words.WordsOf(evidence.Start - passage.Start, evidence.End - passage.Start)
            ?? throw new ArgumentException("The evidence lies inside the passage, on whole words, once checked.", nameof(question));
        var document = BankMapping.ToDocument(article);
        return common with
        {
            Options = [.. words.Words.Select(w => w.Text)],
            CorrectOptionIds = [.. Enumerable.Range(first, last - first + 1)],
            Passage = new QuestionPassage(
                article.Outlet, document.HasPublishedTitle ? article.Title : null, words.ParagraphStarts, words.SentenceStarts),
        };
    }
}

namespace AleppoQuiz.Core.Articles;

/// <summary>An article could not be imported: missing metadata, a conflict between manifest and raw text, or a bad file.</summary>
public sealed class ArticleImportException : Exception
{
    public ArticleImportException()
    {
    }

    public ArticleImportException(string message)
        : base(message)
    {
    }

    public ArticleImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

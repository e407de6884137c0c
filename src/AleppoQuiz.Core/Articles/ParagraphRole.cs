namespace AleppoQuiz.Core.Articles;

/// <summary>
/// What a paragraph of a cleaned article is. Only <see cref="Story"/> paragraphs are the outlet's own reporting:
/// a caption is the photo agency's description of a picture, a credit line says who supplied the story. Both stay
/// in the text, so a question can quote them, but they are shown as what they are and never read as statements.
/// </summary>
public enum ParagraphRole
{
    Story,
    Caption,
    CreditLine,
}

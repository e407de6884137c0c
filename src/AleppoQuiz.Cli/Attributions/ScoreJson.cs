using System.Text.Json;
using AleppoQuiz.Attribution.Evaluation;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>Precision, recall and F1 (percent) plus the counts behind them.</summary>
internal sealed record PrfJson(double Precision, double Recall, double F1, int Predicted, int Gold, int Matched)
{
    public static PrfJson From(MatchCounts c) =>
        new(Math.Round(c.Precision, 2), Math.Round(c.Recall, 2), Math.Round(c.F1, 2), c.Predicted, c.Gold, c.Matched);
}

internal sealed record RoleJson(PrfJson Exact, PrfJson Overlap)
{
    public static RoleJson From(RoleScore r) => new(PrfJson.From(r.Exact), PrfJson.From(r.Overlap));
}

/// <summary>The three roles' scores.</summary>
internal sealed record RolesJson(RoleJson Source, RoleJson Cue, RoleJson Content)
{
    public static RolesJson From(AttributionScore s) => new(RoleJson.From(s.Source), RoleJson.From(s.Cue), RoleJson.From(s.Content));
}

/// <summary>Agreement of annotators over the articles annotated more than once (null when there are none).</summary>
internal sealed record AgreementJson(int Articles, int Pairs, RolesJson Scores, RolesJson ExtractorOnSameArticles);

/// <summary>The JSON written by <c>eval-attributions --out</c>.</summary>
internal sealed record ScoreJson(
    int Articles, int AnnotationFiles, RoleJson Source, RoleJson Cue, RoleJson Content, AgreementJson? AnnotatorAgreement)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static ScoreJson From(CorpusScore score, AgreementScore agreement) => new(
        score.Articles,
        score.Documents.Count,
        RoleJson.From(score.Total.Source),
        RoleJson.From(score.Total.Cue),
        RoleJson.From(score.Total.Content),
        agreement.Articles == 0 ? null : new AgreementJson(
            agreement.Articles, agreement.Pairs, RolesJson.From(agreement.Total), RolesJson.From(agreement.ExtractorOnSameArticles(score))));
}

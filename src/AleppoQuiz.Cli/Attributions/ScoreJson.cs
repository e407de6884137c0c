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

/// <summary>The JSON written by <c>eval-attributions --out</c>.</summary>
internal sealed record ScoreJson(int Articles, int AnnotationFiles, RoleJson Source, RoleJson Cue, RoleJson Content)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static ScoreJson From(CorpusScore score) => new(
        score.Articles,
        score.Documents.Count,
        RoleJson.From(score.Total.Source),
        RoleJson.From(score.Total.Cue),
        RoleJson.From(score.Total.Content));
}

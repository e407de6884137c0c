using System.CommandLine;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Learning;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>
/// The <c>--engine learned|rules</c> option shared by <c>attributions</c> and <c>eval-attributions</c>, so both
/// commands always run the same extractor: what is printed is what is scored.
/// </summary>
internal static class AttributionEngineOption
{
    public const string Learned = "learned";
    public const string Rules = "rules";

    public static Option<string> Create()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "learned (taggers trained on PolNeAR train, the default) or rules (the rule-based extractor).",
            DefaultValueFactory = _ => Learned,
        };
        engine.AcceptOnlyFromAmong(Learned, Rules);
        return engine;
    }

    public static IAttributionExtractor Resolve(string? name) =>
        name == Rules ? AttributionExtractor.Default : LearnedAttributionExtractor.Default;
}

namespace AleppoQuiz.Attribution.Figures;

/// <summary>Words that tell what a number counts, checked nearest first (wounds before evacuations).</summary>
internal static class FigureVocabulary
{
    public static readonly (string Event, string[] Words)[] Events =
    [
        ("wounded", ["wounded", "injured", "wounds", "injuries", "hurt"]),
        ("killed", ["killed", "dead", "deaths", "died", "death", "killing"]),
        ("evacuated", ["left", "evacuated", "evacuation", "evacuations", "departed", "leave", "leaving", "fled", "bused"]),
    ];

    /// <summary>Nouns a figure can count; plural and singular forms map to one key.</summary>
    public static readonly Dictionary<string, string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "people", ["person"] = "people", ["civilians"] = "civilians", ["civilian"] = "civilians",
        ["evacuees"] = "evacuees", ["fighters"] = "fighters", ["rebels"] = "fighters", ["militants"] = "fighters",
        ["children"] = "children", ["women"] = "women", ["residents"] = "residents", ["refugees"] = "refugees",
        ["soldiers"] = "soldiers", ["troops"] = "soldiers", ["patients"] = "patients",
    };

    public static readonly string[] Qualifiers =
    [
        "at least", "more than", "less than", "fewer than", "up to", "as many as", "about", "around", "some",
        "nearly", "almost", "over", "roughly", "approximately", "an estimated", "estimated",
    ];

    /// <summary>Words that make a number a part of the one before it ("including 3,000 fighters").</summary>
    public static readonly string[] SubsetMarkers = ["including", "among them", "of them", "of whom"];
}

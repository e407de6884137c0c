namespace AleppoQuiz.Core.Articles;

/// <summary>Drops every line that the <see cref="BoilerplateCatalogue"/> recognises as page furniture.</summary>
internal sealed class BoilerplateLineRule : ICleaningRule
{
    public void Apply(CleaningContext context)
    {
        for (var i = context.Lines.Count - 1; i >= 0; i--)
        {
            var line = context.Lines[i];
            if (!line.IsBlank && BoilerplateCatalogue.Match(line.Text) is { } pattern)
            {
                context.RemoveAt(i, $"boilerplate: {pattern.Name}");
            }
        }
    }
}

namespace AleppoQuiz.Attribution.Tests.Story;

/// <summary>
/// AFP: "The Syrian Observatory for Human Rights, a Britain-based monitor, also said the suspension appeared to be
/// related to the two villages." The "appeared" inside the Observatory's words is the Observatory's, not a
/// statement with no named speaker.
/// </summary>
public class SeedObservatoryTests
{
    [Fact]
    public void What_AFP_credits_to_the_Observatory_is_listed_under_the_Observatory()
    {
        var afp = SeedStory.Analysis.Articles.Single(a => a.Article.Outlet == "AFP");
        var about = afp.Attributions.Where(a => a.Content.Text.Contains("related to the two villages", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(about);
        Assert.All(about, a => Assert.Equal("Syrian Observatory for Human Rights", a.Speaker));
    }
}

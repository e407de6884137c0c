namespace AleppoQuiz.Core.Tests.Articles;

/// <summary>
/// The story sentences of each seed survive cleaning character for character (curly quotes, dashes, even the
/// source's typos), each as a whole paragraph, and the story starts and ends where the outlet's story does.
/// </summary>
public sealed class SeedStoryTextTests
{
    [Theory]
    // AFP: first, quoted sources, figures, double hyphens, last.
    [InlineData("afp", "The Syrian government suspended the evacuation of civilians and fighters from the last rebel-held parts of Aleppo on Friday, leaving thousands of people trapped and uncertain of their fate.")]
    [InlineData("afp", "\"The evacuation operation has been suspended because the militants failed to respect the conditions of the agreement,\" a security source told AFP.")]
    [InlineData("afp", "The Observatory estimated some 8,500 people had left before the operation was suspended, including around 3,000 rebel fighters.")]
    [InlineData("afp", "Diplomatic efforts -- including several rounds of peace talks in Geneva -- failed to make headway in resolving the conflict, which saw a turning point last year when Russia launched an air war in support of Assad.")]
    [InlineData("afp", "He added that the parties were proposing fresh peace talks, possibly in Kazakhstan.")]
    // VOA: first story sentence, curly quotes, a line whose no-break space at the end is trimmed, last.
    [InlineData("voa", "With conflicting reports about who is responsible for the suspension of the evacuation of civilians from Syria’s eastern Aleppo, it was not immediately clear Saturday when or if Aleppo’s battle-weary civilians will have another opportunity to leave.")]
    [InlineData("voa", "“The evacuations are not over and many people still want to leave the area,” said Turkish Foreign Minister Mevlut Cavusoglu.")]
    [InlineData("voa", "The government says the evacuations in the Foua and Kfarya villages must coincide with those in eastern Aleppo, but the rebels say the two are unrelated.")]
    [InlineData("voa", "U.S. President-elect Donald Trump said Thursday at a rally in Pennsylvania the United States would create safe zones in Syria.")]
    [InlineData("voa", "“The Russians came in, I’ll remind you, to Syria saying that they were there to promote precisely that political transition. And they haven’t done that. And they also said they were coming in to fight ISIL (Islamic State) and they haven’t done that either,” Carter said.")]
    // BBC: first, conflicting figure, a Reuters-attributed quote, last.
    [InlineData("bbc", "Thousands of trapped civilians and rebels are waiting to leave east Aleppo in Syria after a new deal was reportedly reached for evacuations to resume.")]
    [InlineData("bbc", "At least 6000 people left east Aleppo under a fragile truce on Thursday, but evacuations were stopped on Friday after pro-government militias demanded that wounded people also be brought out of al-Foua and Kefraya, and protesters blocked the road out of Aleppo.")]
    [InlineData("bbc", "\"Iran and its sectarian proxies are using the humanitarian situation of our people in besieged Aleppo and preventing civilians from leaving until the evacuation of their groups in al-Foua and Kefyra,\" Mr Sayal told Reuters in a telephone interview.")]
    [InlineData("bbc", "A military news outlet run by the pro-government Lebanese Shia militia Hezbollah said buses had been taken to the two towns.")]
    // NBC: the standfirst under the headline, em dashes, the WHO quote, last.
    [InlineData("nbc", "Evacuations from the city's last rebel-held enclave stalled during the operation's second day, with both sides trading the blame for the impasse.")]
    [InlineData("nbc", "Thousands of civilians — including many children — were still trapped inside eastern Aleppo Friday, according to international humanitarian groups, rebels and activists on the ground.")]
    [InlineData("nbc", "\"The evacuation has been aborted and there are negotiations between the different parties to resume it,\" Elizabeth Hoff, the World Health Organization representative in Syria, told NBC News by phone from inside the city. \"There are still thousands of people, including woman and children, inside eastern Aleppo.\"")]
    [InlineData("nbc", "A media outlet run by the pro-government Hezbollah group said rebels bombed the road into these villages, Reuters reported.")]
    // RFE/RL: first, curly quotes, a quote opened straight and closed curly, the source's own typo "sezied", last.
    [InlineData("rferl", "The evacuation of civilians and rebel fighters from remaining rebel-held territory in the Syrian city of Aleppo was suspended on December 16 amid conflicting allegations of cease-fire violations.")]
    [InlineData("rferl", "Meanwhile, the Russian military said that the evacuations have been “completed.” It claimed that all women and children have been taken out of eastern Aleppo.")]
    [InlineData("rferl", "\"We are convinced that the killing and suffering in Syria could stop, and it could stop very, very quickly if Russia and the [Syrian] regime made the decision to do so,” Kerry said on December 15.")]
    [InlineData("rferl", "Russia has given Assad crucial military and diplomatic backing throughout the conflict, which began with a forceful government crackdown on pro-democracy protesters in 2011 and erupted into a civil war that has killed more than 250,000 people.")]
    [InlineData("rferl", "The United States is leading a coalition targeting IS militants who sezied large parts of northern Iraq and Syria in 2014.")]
    public void Story_sentence_survives_as_a_whole_paragraph(string id, string sentence) =>
        Assert.Contains(sentence, SeedCorpus.Paragraphs(id));

    [Theory]
    [InlineData("afp", "The Syrian government suspended the evacuation", "possibly in Kazakhstan.")]
    [InlineData("voa", "Rebel fighters sit on the rubble of damaged buildings", "they haven’t done that either,” Carter said.")]
    [InlineData("bbc", "Thousands of trapped civilians and rebels", "said buses had been taken to the two towns.\n\n- BBC / Reuters")]
    [InlineData("nbc", "/ Source: Reuters\n\nThousands of civilians", "bombed the road into these villages, Reuters reported.")]
    [InlineData("rferl", "The evacuation of civilians and rebel fighters", "large parts of northern Iraq and Syria in 2014.")]
    public void Text_starts_and_ends_with_the_story_itself(string id, string start, string end)
    {
        var text = SeedCorpus.Article(id).Text;
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.EndsWith(end, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("afp")]
    [InlineData("voa")]
    [InlineData("bbc")]
    [InlineData("nbc")]
    [InlineData("rferl")]
    public void Every_paragraph_is_a_line_of_the_raw_file_unchanged_and_in_order(string id)
    {
        var rawLines = SeedCorpus.Raw(id).Split('\n').Select(line => line.Trim()).ToList();
        var position = 0;
        foreach (var paragraph in SeedCorpus.Paragraphs(id))
        {
            var found = rawLines.IndexOf(paragraph, position);
            Assert.True(found >= 0, $"{id}: paragraph not found verbatim (in order) in the raw file: {paragraph}");
            position = found + 1;
        }
    }

    [Theory]
    [InlineData("afp")]
    [InlineData("voa")]
    [InlineData("bbc")]
    [InlineData("nbc")]
    [InlineData("rferl")]
    public void Text_follows_the_paragraph_convention(string id)
    {
        var text = SeedCorpus.Article(id).Text;
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith('\n'), "no trailing newline");
        Assert.All(text.Split('\n'), line => Assert.Equal(line.Trim(), line));
        Assert.All(SeedCorpus.Paragraphs(id), paragraph => Assert.DoesNotContain('\n', paragraph));
    }

    [Theory]
    [InlineData("afp", "Besieged villages")]
    [InlineData("afp", "'History in the making'")]
    [InlineData("voa", "Trading blame")]
    [InlineData("voa", "Kerry criticizes terrorizing of civilians")]
    [InlineData("rferl", "'Nothing Short Of A Massacre'")]
    [InlineData("rferl", "Astana Talks")]
    public void Section_headings_the_outlet_wrote_stay_as_their_own_paragraphs(string id, string heading) =>
        Assert.Contains(heading, SeedCorpus.Paragraphs(id));
}

using AleppoQuiz.Server.Features.Reports;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>Every figure of a game's report, checked against the answers and times the game was played with.</summary>
[Collection(PlayedClassGameCollection.Name)]
public sealed class ReportFiguresTests(PlayedClassGame played)
{
    private string Game => $"/api/reports/games/{played.GameId}";

    [Fact]
    public void The_points_the_players_were_given_follow_the_documented_rules()
    {
        foreach (var name in played.Players.Keys)
        {
            var streak = 0;
            foreach (var outcome in played.Outcomes.Where(o => o.Player == name).OrderBy(o => o.Question))
            {
                streak = outcome.Right ? streak + 1 : 0;
                var expected = outcome.Right ? DocumentedScoring.Points(outcome.TimeMs!.Value, outcome.LimitMs, outcome.Multiplier, streak) : 0;
                Assert.Equal(expected, outcome.Points);
            }
        }
    }

    [Fact]
    public async Task The_summary_counts_players_answers_accuracy_and_average_score()
    {
        var summary = await played.GetAsync<GameSummary>(Game);
        var answered = played.Outcomes.Where(o => o.Answered).ToList();

        Assert.Equal("live", summary.Kind);
        Assert.Equal("7B", summary.ClassName);
        Assert.Equal(3, summary.PlayerCount);
        Assert.Equal(played.QuestionCount, summary.QuestionsPlayed);
        Assert.Equal((3 * played.QuestionCount) - 1, summary.AnswerCount);
        Assert.Equal(answered.Count(o => o.Right), summary.CorrectCount);
        Assert.Equal(Math.Round((double)answered.Count(o => o.Right) / answered.Count, 4), summary.Accuracy);
        var totals = played.Outcomes.GroupBy(o => o.Player).Select(g => (double)g.Sum(o => o.Points));
        Assert.Equal(Math.Round(totals.Average(), 1), summary.AverageScore);
        Assert.Equal(Math.Round(answered.Average(o => o.TimeMs!.Value), 1), summary.AverageAnswerTimeMs);
        Assert.NotNull(summary.EndedAt);
    }

    [Fact]
    public async Task Each_question_has_its_accuracy_distribution_and_answer_time_hardest_first()
    {
        var questions = await played.GetAsync<QuestionReport[]>($"{Game}/questions");

        Assert.Equal(played.QuestionCount, questions.Length);
        Assert.Equal(questions.OrderBy(q => q.Accuracy).Select(q => q.Accuracy), questions.Select(q => q.Accuracy));
        foreach (var question in questions)
        {
            var given = played.Outcomes.Where(o => o.Question == question.Index && o.Answered).ToList();
            Assert.Equal(given.Count, question.Answered);
            Assert.Equal(given.Count(o => o.Right), question.Correct);
            Assert.Equal(Math.Round((double)given.Count(o => o.Right) / given.Count, 4), question.Accuracy);
            Assert.Equal(Math.Round(given.Average(o => o.TimeMs!.Value), 1), question.AverageAnswerTimeMs);
            foreach (var option in question.Distribution)
            {
                var expected = question.Kind == "order"
                    ? given.Count(o => o.OptionIds.Length > 0 && Array.IndexOf(o.OptionIds, option.Id) == Array.IndexOf(played.Key.Right(question.Index), option.Id))
                    : given.Count(o => o.OptionIds.Contains(option.Id));
                Assert.Equal(expected, option.Count);
            }
        }
    }

    [Fact]
    public async Task The_players_table_has_every_answer_and_the_roster_name()
    {
        var players = await played.GetAsync<PlayerReport[]>($"{Game}/players");

        Assert.Equal(["Ana", "Cleo", "Ben"], players.Select(p => p.Nickname));
        foreach (var player in players)
        {
            var mine = played.Outcomes.Where(o => o.Player == player.Nickname).OrderBy(o => o.Question).ToList();
            Assert.Equal(player.Nickname, player.StudentName);
            Assert.Equal(played.Class.Students.Single(s => s.Name == player.Nickname).Id, player.StudentId);
            Assert.Equal(mine.Sum(o => o.Points), player.Score);
            Assert.Equal(mine.Select(o => o.Answered), player.Answers.Select(a => a.Answered));
            Assert.Equal(mine.Select(o => o.Right), player.Answers.Select(a => a.Correct));
            Assert.Equal(mine.Select(o => o.Points), player.Answers.Select(a => a.Points));
            Assert.Equal(mine.Select(o => o.TimeMs), player.Answers.Select(a => a.AnswerTimeMs));
            Assert.Equal(mine.Select(o => string.Join(",", o.OptionIds)), player.Answers.Select(a => string.Join(",", a.OptionIds)));
        }
    }

    [Fact]
    public async Task The_game_list_shows_the_game_with_its_headline_figures()
    {
        var list = await played.GetAsync<GameListItem[]>($"/api/reports/games?classId={played.Class.Id}");
        var summary = await played.GetAsync<GameSummary>(Game);

        var item = Assert.Single(list);
        Assert.Equal(played.GameId, item.Id);
        Assert.Equal((summary.PlayerCount, summary.AnswerCount, summary.Accuracy, summary.AverageScore), (item.PlayerCount, item.AnswerCount, item.Accuracy, item.AverageScore));
        Assert.Empty(await played.GetAsync<GameListItem[]>("/api/reports/games?kind=practice"));
    }

    [Fact]
    public async Task Mastery_by_skill_follows_each_student_and_the_class()
    {
        var questions = await played.GetAsync<QuestionReport[]>($"{Game}/questions");
        var skillOf = questions.ToDictionary(q => q.Index, q => q.Skill);
        var mastery = await played.GetAsync<ClassMastery>($"/api/reports/classes/{played.Class.Id}/mastery");

        Assert.Equal(1, mastery.GameCount);
        Assert.Equal(skillOf.Values.Distinct().Order(StringComparer.Ordinal), mastery.Skills);
        Assert.Equal(PlayedClassGame.Roster, mastery.Students.Select(s => s.Name));
        foreach (var skill in mastery.Skills)
        {
            var given = played.Outcomes.Where(o => o.Answered && skillOf[o.Question] == skill).ToList();
            var classFigures = mastery.Class.Single(f => f.Skill == skill);
            Assert.Equal((given.Count, given.Count(o => o.Right)), (classFigures.Answered, classFigures.Correct));
            foreach (var student in mastery.Students)
            {
                var figures = student.Skills.Single(f => f.Skill == skill);
                var theirs = given.Where(o => o.Player == student.Name).ToList();
                Assert.Equal((theirs.Count, theirs.Count(o => o.Right)), (figures.Answered, figures.Correct));
                Assert.Equal(theirs.Count == 0 ? null : Math.Round((double)theirs.Count(o => o.Right) / theirs.Count, 4), figures.Accuracy);
            }
        }
    }
}

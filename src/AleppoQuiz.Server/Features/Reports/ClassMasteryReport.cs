using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// Mastery by skill across every game played for one class, live and practice: for each skill, the share of fully
/// correct answers among the answers roster students gave, per student and for the class as a whole. Polls have no
/// right answer, so their answers are left out. Games the server ended because nobody played on are left out unless
/// the teacher asks for them.
/// </summary>
internal static class ClassMasteryReport
{
    public static async Task<ClassMastery?> LoadAsync(QuizDbContext db, string classId, bool includeAbandoned, CancellationToken ct)
    {
        var found = await db.Classes.AsNoTracking().Include(c => c.Students).SingleOrDefaultAsync(c => c.Id == classId, ct);
        if (found is null)
        {
            return null;
        }

        var games = await db.Games.AsNoTracking()
            .Where(g => db.GameLinks.Any(l => l.GameId == g.Id && l.ClassId == classId))
            .Select(g => new { g.Id, g.QuizSnapshot, g.Abandoned })
            .ToListAsync(ct);
        var abandoned = games.Count(g => g.Abandoned);
        games = [.. games.Where(g => includeAbandoned || !g.Abandoned)];
        // A poll's skill is null: its answers count towards no skill.
        var skillOf = games.ToDictionary(
            g => g.Id,
            g => g.QuizSnapshot.Questions.Select(q => AnswerTexts.IsScored(q) ? PlayedGame.Details(q).Skill : null).ToArray());
        var gameIds = skillOf.Keys.ToArray();
        var answers = await db.GameAnswers.AsNoTracking()
            .Where(a => a.Correct != null && gameIds.Contains(a.GameId))
            .Join(db.PlayerStudents, a => new { a.GameId, a.PlayerId }, p => new { p.GameId, p.PlayerId }, (a, p) => new { a.GameId, a.QuestionIndex, a.Correct, p.StudentId })
            .ToListAsync(ct);
        var scored = answers
            .Where(a => skillOf[a.GameId][a.QuestionIndex] is not null)
            .Select(a => (a.StudentId, Skill: skillOf[a.GameId][a.QuestionIndex]!, Correct: a.Correct == true))
            .ToList();

        var skills = scored.Select(a => a.Skill).Distinct().Order(StringComparer.Ordinal).ToArray();
        var answeredBy = scored.Select(a => a.StudentId).ToHashSet(StringComparer.Ordinal);
        var students = found.Students
            .Where(s => s.RemovedAt is null || answeredBy.Contains(s.Id))
            .OrderBy(s => s.RemovedAt is not null)
            .ThenBy(s => s.Position)
            .Select(s => new StudentMastery(s.Id, s.Name, s.RemovedAt is null, Figures(skills, scored.Where(a => a.StudentId == s.Id))))
            .ToArray();
        return new ClassMastery(found.Id, found.Name, games.Count, skills, Figures(skills, scored), students, abandoned, includeAbandoned);
    }

    private static SkillFigures[] Figures(IEnumerable<string> skills, IEnumerable<(string StudentId, string Skill, bool Correct)> answers)
    {
        var bySkill = answers.ToLookup(a => a.Skill);
        return
        [
            .. skills.Select(skill =>
            {
                var answered = bySkill[skill].Count();
                var correct = bySkill[skill].Count(a => a.Correct);
                return new SkillFigures(skill, answered, correct, AnswerTexts.Ratio(correct, answered));
            }),
        ];
    }
}

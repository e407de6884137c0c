using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Features.Classes;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Joining a game attached to a class: the student types the class code, sees the roster and picks their name.
/// The code keeps the names of a class away from anyone who merely guessed a PIN.
/// </summary>
internal sealed partial class LiveGameService
{
    public async Task<RosterChoice> ClassRosterAsync(string connectionId, string pin, string? classCode)
    {
        var (game, roster) = ClassGame(connectionId, pin, classCode);
        return await game.RunAsync(session => new RosterChoice(
            roster.ClassName,
            [.. roster.Students.Select(s => new RosterEntry(s.Id, s.Name, session.IsNicknameTaken(s.Name)))]));
    }

    public Task<Joined> JoinAsStudentAsync(string connectionId, string pin, string? classCode, string? studentId, string? playerToken)
    {
        var (game, roster) = ClassGame(connectionId, pin, classCode);
        var student = roster.Find(studentId)
            ?? throw new GameRefusedException(RefusalKind.NotFound, "student-not-found", "That name is not on the class list. Pick it again from the list.");
        return JoinAsync(connectionId, game, student.Name, playerToken, student);
    }

    private (LiveGame Game, GameRoster Roster) ClassGame(string connectionId, string pin, string? classCode)
    {
        var game = FindForCaller(connectionId, pin);
        if (game.Roster is not { } roster)
        {
            throw new GameRefusedException(RefusalKind.Invalid, "not-a-class-game", "This game is not for a class: join it with a nickname.");
        }

        return roster.CodeMatches(classCode)
            ? (game, roster)
            : throw new GameRefusedException(RefusalKind.NotFound, "wrong-class-code", "That is not the code of the class playing this game. Ask your teacher for it.");
    }

    private static GameRefusedException StudentTaken(StudentView student) => new(
        RefusalKind.Conflict,
        "student-taken",
        $"{student.Name} is already in this game. If that is you on another device, ask your teacher to remove the other one.");
}

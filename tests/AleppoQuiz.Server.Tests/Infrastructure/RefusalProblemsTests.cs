using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Infrastructure;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>What an HTTP caller gets for a refusal: the status its kind stands for, its code and its sentence.</summary>
public sealed class RefusalProblemsTests
{
    [Theory]
    [InlineData(RefusalKind.Invalid, 400)]
    [InlineData(RefusalKind.Unauthenticated, 401)]
    [InlineData(RefusalKind.Forbidden, 403)]
    [InlineData(RefusalKind.NotFound, 404)]
    [InlineData(RefusalKind.Conflict, 409)]
    [InlineData(RefusalKind.Gone, 410)]
    [InlineData(RefusalKind.TooLarge, 413)]
    [InlineData(RefusalKind.UnsupportedType, 415)]
    [InlineData(RefusalKind.TooMany, 429)]
    public void The_kind_decides_the_status_and_the_code_and_sentence_travel_with_it(RefusalKind kind, int status)
    {
        var problem = new Refusal(kind, "some-code", "A sentence for people.").ToProblem();

        Assert.Equal(status, problem.StatusCode);
        Assert.Equal("some-code", problem.ProblemDetails.Extensions["code"]);
        Assert.Equal("A sentence for people.", problem.ProblemDetails.Detail);
    }

    [Fact]
    public void Every_kind_has_a_status_of_its_own()
    {
        var statuses = Enum.GetValues<RefusalKind>().Select(RefusalProblems.StatusOf).ToArray();

        Assert.Equal(statuses.Length, statuses.Distinct().Count());
    }

    [Fact]
    public void Details_go_beside_the_code_and_cannot_replace_it()
    {
        var problem = new Refusal(RefusalKind.Conflict, "quiz-edited-elsewhere", "Changed meanwhile.")
            .ToProblem(new Dictionary<string, object?> { ["currentVersion"] = 4, ["code"] = "something-else" });

        Assert.Equal(4, problem.ProblemDetails.Extensions["currentVersion"]);
        Assert.Equal("quiz-edited-elsewhere", problem.ProblemDetails.Extensions["code"]);
    }
}

using System.Net;
using AleppoQuiz.Server.Features.Reports;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>Reports are the teacher's own: nobody signed in gets 401, another teacher gets 404 as for a missing game.</summary>
[Collection(PlayedClassGameCollection.Name)]
public sealed class ReportAccessTests(PlayedClassGame played)
{
    private string[] OwnedPaths =>
    [
        $"/api/reports/games/{played.GameId}",
        $"/api/reports/games/{played.GameId}/questions",
        $"/api/reports/games/{played.GameId}/players",
        $"/api/reports/games/{played.GameId}/export.csv",
        $"/api/reports/games/{played.GameId}/export.xlsx",
        $"/api/reports/classes/{played.Class.Id}/mastery",
        $"/api/classes/{played.Class.Id}",
    ];

    [Fact]
    public async Task Anonymous_callers_get_401_on_every_report_endpoint()
    {
        using var anonymous = played.Factory.CreateClient();
        foreach (var path in OwnedPaths.Append("/api/reports/games").Append("/api/classes").Append("/api/assignments"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Another_teacher_gets_404_on_every_report_endpoint_and_an_empty_list()
    {
        var other = await ReportTeacher.CreateAsync(played.Factory);
        foreach (var path in OwnedPaths)
        {
            var response = await other.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("[]", await other.Http.GetStringAsync("/api/reports/games"));
    }

    [Fact]
    public async Task The_owner_gets_every_report_endpoint()
    {
        foreach (var path in OwnedPaths)
        {
            Assert.Equal(HttpStatusCode.OK, (await played.Teacher.Http.GetAsync(path)).StatusCode);
        }

        Assert.Contains(await played.GetAsync<GameListItem[]>("/api/reports/games"), g => g.Id == played.GameId);
    }
}

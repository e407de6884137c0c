using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Tests.Features.Reports;

namespace AleppoQuiz.Server.Tests.Features.Classes;

/// <summary>Creating classes and keeping their rosters; each teacher sees only their own.</summary>
public sealed class ClassesApiTests : IAsyncLifetime
{
    private readonly QuizServerFactory factory = new();
    private ReportTeacher teacher = null!;

    public async Task InitializeAsync() => teacher = await ReportTeacher.CreateAsync(factory);

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();

    [Fact]
    public async Task A_new_class_gets_a_short_code_and_keeps_its_roster_in_order()
    {
        var created = await teacher.CreateClassAsync("  History 9  ", "Zeynep", "  Omar   K. ", "Lina");

        Assert.Equal("History 9", created.Name);
        Assert.Matches("^[A-Z2-9]{6}$", created.Code);
        Assert.Equal(["Zeynep", "Omar K.", "Lina"], created.Students.Select(s => s.Name));
        var listed = await teacher.Http.GetFromJsonAsync<ClassSummary[]>("/api/classes");
        Assert.Equal(3, Assert.Single(listed!).StudentCount);
    }

    [Theory]
    [InlineData("Omar", "omar", "already on this roster")]
    [InlineData("A name that is far too long", "Lina", "at most 20 characters")]
    public async Task A_roster_that_would_not_work_in_a_game_is_refused(string first, string second, string because)
    {
        var response = await teacher.Http.PostAsJsonAsync("/api/classes", new ClassInput("9C", [first, second]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(because, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_added_corrected_and_taken_off_the_roster()
    {
        var created = await teacher.CreateClassAsync("9C", "Omar");
        var path = $"/api/classes/{created.Id}";

        (await teacher.Http.PostAsJsonAsync($"{path}/students", new StudentInput("Lina"))).EnsureSuccessStatusCode();
        (await teacher.Http.PutAsJsonAsync($"{path}/students/{created.Students[0].Id}", new StudentInput("Omar K."))).EnsureSuccessStatusCode();
        var lina = (await teacher.Http.GetFromJsonAsync<ClassDetail>(path))!.Students.Single(s => s.Name == "Lina");
        Assert.Equal(HttpStatusCode.NoContent, (await teacher.Http.DeleteAsync($"{path}/students/{lina.Id}")).StatusCode);

        var detail = await teacher.Http.GetFromJsonAsync<ClassDetail>(path);
        Assert.Equal(["Omar K."], detail!.Students.Select(s => s.Name));
        // A removed name no longer blocks a new student of the same name.
        (await teacher.Http.PostAsJsonAsync($"{path}/students", new StudentInput("Lina"))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Another_teachers_class_is_not_found_and_nobody_signed_in_gets_401()
    {
        var created = await teacher.CreateClassAsync("9C", "Omar");
        var other = await ReportTeacher.CreateAsync(factory);
        var path = $"/api/classes/{created.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PutAsJsonAsync(path, new ClassRename("Mine now"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PostAsJsonAsync($"{path}/students", new StudentInput("Spy"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.DeleteAsync(path)).StatusCode);
        Assert.Empty((await other.Http.GetFromJsonAsync<ClassSummary[]>("/api/classes"))!);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await teacher.Http.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.Http.GetAsync(path)).StatusCode);
    }
}

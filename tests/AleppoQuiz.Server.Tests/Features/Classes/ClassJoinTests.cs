using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Live;
using AleppoQuiz.Server.Tests.Features.Reports;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Classes;

/// <summary>A game attached to a class: students type the class code and pick their name from the roster.</summary>
public sealed class ClassJoinTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private readonly List<GameClient> clients = [];
    private ReportTeacher teacher = null!;
    private ClassDetail schoolClass = null!;
    private string pin = "";

    public async Task InitializeAsync()
    {
        teacher = await ReportTeacher.CreateAsync(factory);
        schoolClass = await teacher.CreateClassAsync("8A", "Ana", "Ben");
        var host = await ConnectAsync(teacher.Cookie);
        var created = await host.InvokeAsync("CreateClassGame", await QuizKey.ShortestQuizIdAsync(teacher.Http), schoolClass.Id);
        pin = created.GetProperty("pin").GetString()!;
        Assert.EndsWith($"/join-class.html?pin={pin}", created.GetProperty("joinUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("8A", created.GetProperty("className").GetString());
    }

    [Fact]
    public async Task A_student_picks_their_name_and_the_game_remembers_who_they_are()
    {
        var phone = await ConnectAsync();
        var roster = await phone.InvokeAsync("ClassRoster", pin, schoolClass.Code.ToLowerInvariant());
        Assert.Equal(["Ana", "Ben"], roster.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        var joined = await phone.InvokeAsync("JoinAsStudent", pin, schoolClass.Code, Student("Ben"), null);
        Assert.Equal("Ben", joined.GetProperty("nickname").GetString());
        var token = joined.GetProperty("playerToken").GetString()!;
        var again = await (await ConnectAsync()).InvokeAsync("Join", pin, "", token);
        Assert.True(again.GetProperty("isRejoin").GetBoolean());

        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        var gameId = joined.GetProperty("gameId").GetString()!;
        Assert.Equal(schoolClass.Id, (await db.GameLinks.SingleAsync(l => l.GameId == gameId)).ClassId);
        Assert.Equal(Student("Ben"), (await db.PlayerStudents.SingleAsync(p => p.GameId == gameId)).StudentId);
    }

    [Fact]
    public async Task The_roster_shows_names_already_playing_and_a_name_joins_only_once()
    {
        await (await ConnectAsync()).InvokeAsync("JoinAsStudent", pin, schoolClass.Code, Student("Ana"), null);
        var phone = await ConnectAsync();

        var roster = await phone.InvokeAsync("ClassRoster", pin, schoolClass.Code);
        Assert.Equal([true, false], roster.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("taken").GetBoolean()));
        var refused = await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync("JoinAsStudent", pin, schoolClass.Code, Student("Ana"), null));
        Assert.Equal("student-taken", refused.Code);
    }

    [Theory]
    [InlineData("Join", "roster-required")]
    [InlineData("ClassRoster", "wrong-class-code")]
    [InlineData("JoinAsStudent", "wrong-class-code")]
    public async Task Without_the_class_code_and_a_roster_name_nobody_gets_in(string method, string code)
    {
        var phone = await ConnectAsync();
        object?[] arguments = method switch
        {
            "Join" => [pin, "Stranger", null],
            "ClassRoster" => [pin, "WRONG1"],
            _ => [pin, "WRONG1", Student("Ana"), null],
        };

        var refused = await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync(method, arguments));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public async Task Only_the_teachers_own_class_can_be_attached()
    {
        var other = await ReportTeacher.CreateAsync(factory);
        var host = await ConnectAsync(other.Cookie);

        var refused = await Assert.ThrowsAsync<HubException>(() => host.InvokeAsync("CreateClassGame", "who-said-it", schoolClass.Id));

        Assert.Equal("class-not-found", refused.Code);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    private string Student(string name) => schoolClass.Students.Single(s => s.Name == name).Id;

    private async Task<GameClient> ConnectAsync(string? cookie = null)
    {
        var client = await GameClient.ConnectAsync(factory, cookie);
        clients.Add(client);
        return client;
    }
}

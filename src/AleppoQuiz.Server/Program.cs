using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Articles;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Exchange;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Practice;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Features.Stories;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;

var builder = WebApplication.CreateBuilder(args);

builder.ValidateSettings();
builder.AddForwardedHeaders();
builder.AddSecurityHeaders();
builder.AddTelemetry();
builder.AddQuizDatabase();
builder.AddQuestionBank();
builder.AddTeacherAuthentication();
builder.AddAuthoring();
builder.AddLiveGames();
builder.AddProblemDetailsWithRefusalLog();
builder.AddApiReference();

var app = builder.Build();
app.StopOnInvalidSettings();

app.UseForwardedHeadersFromTrustedProxies();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseTeacherAuthentication();

app.MapApiReference();
app.MapHealth();
app.MapMetrics();
app.MapAccounts();
app.MapAdministration();
app.MapQuizzes();
app.MapQuizEditing();
app.MapQuestionEditing();
app.MapExchange();
app.MapArticles();
app.MapStories();
app.MapLiveGames();
app.MapClasses();
app.MapReports();
app.MapStudentResults();
app.MapPractice();
app.AnnounceAddresses();

await app.RunAsync();

public partial class Program;

using AleppoQuiz.Server.Features.Articles;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;

var builder = WebApplication.CreateBuilder(args);

builder.AddQuizDatabase();
builder.AddQuestionBank();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapHealthChecks("/healthz");
app.MapQuizzes();
app.MapArticles();
app.AnnounceAddresses();

try
{
    await app.RunAsync();
    return 0;
}
catch (QuestionBankInvalidException ex)
{
    // A clear list of what to fix beats a stack trace for a teacher who edited a quiz file.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

public partial class Program;

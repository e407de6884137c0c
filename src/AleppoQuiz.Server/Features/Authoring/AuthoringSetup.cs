namespace AleppoQuiz.Server.Features.Authoring;

internal static class AuthoringSetup
{
    public static WebApplicationBuilder AddAuthoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<QuizLibrary>();
        builder.Services.AddScoped<QuizEdits>();
        return builder;
    }
}

namespace AleppoQuiz.Server.QuestionBank;

internal static class QuestionBankSetup
{
    public static WebApplicationBuilder AddQuestionBank(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<QuestionBankOptions>(builder.Configuration.GetSection(QuestionBankOptions.Section));
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}

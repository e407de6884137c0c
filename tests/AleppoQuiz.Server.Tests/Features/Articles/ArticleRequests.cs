using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AleppoQuiz.Server.Features.Articles;

namespace AleppoQuiz.Server.Tests.Features.Articles;

/// <summary>How the tests paste and upload stories, and read what the server answered.</summary>
internal static class ArticleRequests
{
    /// <summary>An invented two-paragraph story in the shape of a wire report.</summary>
    public const string Story =
        "Engineers restored water to the eastern districts on Tuesday after a week without supply, the city council said.\n\n"
        + "\u201CThe pumps are running again, but the pipes are old,\u201D said Rana Khoury, the council\u2019s head of works.";

    public static PasteArticleRequest Paste(string text, string? title = "Water returns to eastern districts") =>
        new(title, "Example Gazette", null, "2016-12-20", null, text);

    public static Task<HttpResponseMessage> PasteAsync(this HttpClient client, PasteArticleRequest request) =>
        client.PostAsJsonAsync("/api/articles", request);

    public static Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string fileName, byte[] content, string contentType, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return client.PostAsync("/api/articles/upload", form);
    }

    public static Task<HttpResponseMessage> UploadTextAsync(this HttpClient client, string fileName, string text, IReadOnlyDictionary<string, string>? fields = null) =>
        client.UploadAsync(fileName, Encoding.UTF8.GetBytes(text), fileName.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "text/html", fields);

    public static Dictionary<string, string> Details(string title = "Water returns to eastern districts") => new()
    {
        ["title"] = title,
        ["outlet"] = "Example Gazette",
        ["date"] = "2016-12-20",
    };

    public static async Task<ImportedArticle> CreatedAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportedArticle>())!;
    }

    /// <summary>Asserts a ProblemDetails answer with the status, and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<int> ArticleCountAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<ArticleSummary[]>("/api/articles"))!.Length;
}

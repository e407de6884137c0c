using System.Text.Json;
using AleppoQuiz.Cli.Attributions;

namespace AleppoQuiz.Cli.Tests.Attributions;

public class AttributionsCommandTests
{
    [Theory]
    [InlineData(AttributionEngineOption.Learned)]
    [InlineData(AttributionEngineOption.Rules)]
    public void Prints_one_json_line_per_attribution_with_offsets_into_the_file(string engine)
    {
        var path = Path.Combine(Path.GetTempPath(), $"attr-{Guid.NewGuid():N}.txt");
        const string text = "Café owners said the road was closed.\n\"We will return,\" said Ali Hassan.";
        File.WriteAllText(path, text);
        try
        {
            var stdout = new StringWriter();
            var exit = AttributionsCommand.Run([new FileInfo(path)], AttributionEngineOption.Resolve(engine), stdout, new StringWriter());

            Assert.Equal(0, exit);
            var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line);
                foreach (var role in new[] { "source", "cue", "content" })
                {
                    var span = json.RootElement.GetProperty(role);
                    var start = span.GetProperty("start").GetInt32();
                    var end = span.GetProperty("end").GetInt32();
                    Assert.Equal(text[start..end], span.GetProperty("text").GetString());
                }
            }

            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("Ali Hassan", second.RootElement.GetProperty("source").GetProperty("text").GetString());
            Assert.Equal("Ali Hassan", second.RootElement.GetProperty("speaker").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var stderr = new StringWriter();
        var exit = AttributionsCommand.Run([new FileInfo("no-such-file.txt")], AttributionEngineOption.Resolve(null), new StringWriter(), stderr);
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr.ToString(), StringComparison.Ordinal);
    }
}

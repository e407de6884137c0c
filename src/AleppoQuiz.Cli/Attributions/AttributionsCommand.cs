using System.CommandLine;
using System.Text;
using System.Text.Json;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Coreference;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>
/// <c>attributions FILE...</c>: prints one JSON object per line for every attribution found, with .NET string
/// offsets into the file decoded as UTF-8, so a consumer can cut the same spans out of the same text.
/// Each line also names the canonical speaker, resolved within the file ("he", "Mr Sayal" → the full name).
/// The learned extractor is the default, the same one <c>eval-attributions</c> scores.
/// </summary>
internal static class AttributionsCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "Article text files (UTF-8).",
            Arity = ArgumentArity.OneOrMore,
        };
        var engine = AttributionEngineOption.Create();
        var command = new Command("attributions", "Find who said what (source, cue, content) in article files.") { files, engine };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(files),
            AttributionEngineOption.Resolve(parse.GetValue(engine)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>0 when every file was read, 2 when a file is missing.</returns>
    internal static int Run(IReadOnlyList<FileInfo> files, IAttributionExtractor extractor, TextWriter stdout, TextWriter stderr)
    {
        var missing = files.Where(f => !f.Exists).ToList();
        foreach (var file in missing)
        {
            stderr.WriteLine($"error: the file '{file.FullName}' does not exist");
        }

        if (missing.Count > 0)
        {
            return 2;
        }

        foreach (var file in files)
        {
            var text = File.ReadAllText(file.FullName, Encoding.UTF8);
            var found = extractor.Extract(text).Attributions;
            foreach (var attribution in SpeakerResolver.Resolve(text, found))
            {
                stdout.WriteLine(JsonSerializer.Serialize(AttributionLine.From(file.ToString(), attribution), AttributionLine.Options));
            }
        }

        return 0;
    }
}

using System.Text.RegularExpressions;

namespace AleppoQuiz.Server.Tests.Architecture;

/// <summary>
/// Refusals reach HTTP callers one way: a <c>Refusal</c> with a kind and a code, turned into ProblemDetails by
/// <c>RefusalProblems</c>. A ProblemDetails built anywhere else would choose its own status and could leave out the
/// code the pages and translations key off.
/// </summary>
public sealed partial class OneErrorVocabularyTests
{
    private const string Mapper = "Infrastructure/RefusalProblems.cs";

    [Fact]
    public void ProblemDetails_are_built_only_by_the_refusal_mapper()
    {
        var offences = ServerSource.Files()
            .Where(file => file.Path != Mapper)
            .SelectMany(file => ServerSource.Offences(file.Path, file.Lines, ProblemBuilder()))
            .ToArray();

        Assert.True(offences.Length == 0, "ProblemDetails built outside the refusal mapper:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_mapper_is_where_problems_are_built()
    {
        var mapper = ServerSource.Files().Single(file => file.Path == Mapper);

        Assert.NotEmpty(ServerSource.Offences(mapper.Path, mapper.Lines, ProblemBuilder()));
    }

    [GeneratedRegex(@"new\s+(Http)?(Validation)?ProblemDetails\b|\b(Typed)?Results\.(Validation)?Problem\(")]
    private static partial Regex ProblemBuilder();
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Reads YAML without anchors and aliases. An alias repeats a whole subtree wherever it appears, so a few
/// kilobytes of nested aliases expand into millions of nodes; quiz files never need them, so the first anchor
/// or alias stops the read before the deserializer builds anything from it.
/// </summary>
internal sealed class PlainYamlParser(IParser inner) : IParser
{
    public const string AliasesRefused = "yaml-aliases-refused";

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        if (inner.Current is AnchorAlias || inner.Current is NodeEvent { Anchor.IsEmpty: false })
        {
            var start = inner.Current.Start;
            throw new QuizFormatException(
                $"line {start.Line}, column {start.Column}: anchors and aliases (& and *) are not accepted in quiz files; write each value out in full",
                null)
            { Code = AliasesRefused };
        }

        return true;
    }
}

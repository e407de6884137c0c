using System.Text;
using System.Xml.Linq;

namespace AleppoQuiz.Core.Exchange.Qti;

/// <summary>QTI 2.1 and content-packaging namespaces, and identifiers made safe for them.</summary>
internal static class QtiNames
{
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static readonly XNamespace ContentPackage = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string QtiSchemaLocation =
        "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    public const string ContentPackageSchemaLocation =
        "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd";

    public const string Response = "RESPONSE";
    public const string Score = "SCORE";
    public const string MaxScore = "MAXSCORE";
    public const string Feedback = "FEEDBACK";
    public const string Explanation = "EXPLANATION";
    public const string TestFile = "assessmentTest.xml";
    public const string ManifestFile = "imsmanifest.xml";

    public static XElement Element(string name, params object?[] content) => new(Qti + name, content);

    /// <summary>
    /// QTI identifiers and package ids are XML names: letters, digits, '.', '-', '_', starting with a letter
    /// or '_'. Our ids already are, but an imported quiz's may not be.
    /// </summary>
    public static string Identifier(string id)
    {
        var safe = new StringBuilder(id.Length + 2);
        foreach (var c in id)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return safe.Length > 0 && (char.IsAsciiLetter(safe[0]) || safe[0] == '_') ? safe.ToString() : "q_" + safe;
    }

    /// <summary>Unique identifiers for the questions, in quiz order.</summary>
    public static string[] ItemIdentifiers(IEnumerable<string> ids)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return ids.Select(id =>
        {
            var candidate = Identifier(id);
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{Identifier(id)}_{n}";
            }

            return candidate;
        }).ToArray();
    }

    /// <summary>The letters of the choices: A, B, C…</summary>
    public static string Choice(int index) => ((char)('A' + index)).ToString();

    /// <summary>Plain text as QTI inline content, a line break becoming &lt;br/&gt;.</summary>
    public static IEnumerable<object> Inline(string text) =>
        text.Split('\n').SelectMany((line, i) => i == 0 ? new object[] { line } : [Element("br"), line]);
}

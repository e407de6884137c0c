using System.Text;
using System.Text.Json;

namespace AleppoQuiz.Contract;

/// <summary>
/// Writes contract/http.ts: one TypeScript type per schema of the server's OpenAPI 3.1 document. A schema that
/// allows null (a nullable C# annotation) reads <c>| null</c>; a property the document does not require is optional.
/// </summary>
internal static class OpenApiTypeScript
{
    private const string SchemaPrefix = "#/components/schemas/";

    public static string Write(string openApiJson)
    {
        using var document = JsonDocument.Parse(openApiJson);
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var text = new StringBuilder(TypeScriptText.Header("the server's OpenAPI document (/openapi/v1.json)"));
        foreach (var schema in schemas.EnumerateObject().OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            text.Append('\n');
            TypeScriptText.AppendDoc(text, Description(schema.Value), "");
            if (schema.Value.TryGetProperty("properties", out var properties))
            {
                AppendInterface(text, schema.Name, schema.Value, properties);
            }
            else
            {
                text.Append("export type ").Append(schema.Name).Append(" = ").Append(TypeOf(schema.Value)).Append(";\n");
            }
        }

        return text.ToString();
    }

    private static void AppendInterface(StringBuilder text, string name, JsonElement schema, JsonElement properties)
    {
        var required = schema.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(item => item.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        text.Append("export interface ").Append(name).Append(" {\n");
        foreach (var property in properties.EnumerateObject())
        {
            TypeScriptText.AppendDoc(text, Description(property.Value), "  ");
            text.Append("  ").Append(TypeScriptText.PropertyName(property.Name))
                .Append(required.Contains(property.Name) ? ": " : "?: ")
                .Append(TypeOf(property.Value)).Append(";\n");
        }

        text.Append("}\n");
    }

    private static string? Description(JsonElement schema) =>
        schema.TryGetProperty("description", out var description) ? description.GetString() : null;

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Referenced(reference);
        }

        if (schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices))
        {
            // Null goes last, as everywhere else in the contract: "Round | null".
            var alternatives = choices.EnumerateArray().Select(TypeOf).Distinct().ToList();
            var allowsNull = alternatives.Remove("null");
            return TypeScriptText.OrNull(string.Join(" | ", alternatives), allowsNull);
        }

        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : [];
        var nullable = types.Remove("null");
        // Numbers are described as "integer or a string of digits" because the server also reads them from strings;
        // it always writes them as numbers.
        if (types.Contains("integer") || types.Contains("number"))
        {
            types = ["number"];
        }

        var single = types.Count switch
        {
            0 when nullable => "null",
            0 => "unknown",
            _ => string.Join(" | ", types.Select(t => Primitive(t, schema))),
        };
        return single == "null" ? single : TypeScriptText.OrNull(single, nullable);
    }

    private static string Primitive(string type, JsonElement schema) => type switch
    {
        "string" when schema.TryGetProperty("enum", out var values) =>
            string.Join(" | ", values.EnumerateArray().Select(v => TypeScriptText.Quoted(v.GetString()!))),
        "string" => "string",
        "number" => "number",
        "boolean" => "boolean",
        "array" => TypeScriptText.ArrayOf(schema.TryGetProperty("items", out var items) ? TypeOf(items) : "unknown"),
        "object" when schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object =>
            $"Record<string, {TypeOf(values)}>",
        _ => "unknown",
    };

    private static string Referenced(JsonElement reference)
    {
        var target = reference.GetString() ?? "";
        return target.StartsWith(SchemaPrefix, StringComparison.Ordinal)
            ? target[SchemaPrefix.Length..]
            : throw new InvalidOperationException($"The OpenAPI document refers to {target}, outside its schemas.");
    }
}

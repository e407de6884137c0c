namespace AleppoQuiz.Contract.Tests;

/// <summary>OpenAPI 3.1 schemas as the TypeScript the front end imports.</summary>
public sealed class OpenApiTypeScriptTests
{
    private const string Document = """
        {
          "openapi": "3.1.1",
          "components": {
            "schemas": {
              "Score": {
                "required": ["player", "points", "rank", "best", "byRound"],
                "type": "object",
                "description": "One player's score.",
                "properties": {
                  "player": { "type": "string" },
                  "points": { "pattern": "^-?(?:0|[1-9]\\d*)$", "type": ["integer", "string"], "format": "int32" },
                  "rank": { "pattern": "^-?(?:0|[1-9]\\d*)$", "type": ["null", "integer", "string"], "format": "int32" },
                  "best": { "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/Round" }] },
                  "byRound": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/components/schemas/Round" } } },
                  "note": { "type": ["null", "string"], "default": null }
                }
              },
              "Round": {
                "required": ["at"],
                "type": "object",
                "properties": { "at": { "type": "string", "format": "date-time" } }
              }
            }
          }
        }
        """;

    private static readonly string Written = OpenApiTypeScript.Write(Document);

    [Fact]
    public void Numbers_that_may_also_be_read_from_strings_are_numbers_and_null_only_where_allowed()
    {
        Assert.Contains("  points: number;\n  rank: number | null;\n", Written, StringComparison.Ordinal);
    }

    [Fact]
    public void References_dictionaries_and_optional_properties_keep_their_shape()
    {
        Assert.Contains(
            "/** One player's score. */\nexport interface Score {\n  player: string;\n  points: number;\n  rank: number | null;\n  best: Round | null;\n  byRound: Record<string, Round[]>;\n  note?: string | null;\n}",
            Written,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_are_written_in_name_order_so_the_file_only_changes_when_the_contract_does()
    {
        Assert.True(Written.IndexOf("export interface Round", StringComparison.Ordinal) < Written.IndexOf("export interface Score", StringComparison.Ordinal));
    }
}

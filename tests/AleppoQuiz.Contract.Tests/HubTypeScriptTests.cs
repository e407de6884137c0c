using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Contract.Tests;

/// <summary>The hub's contract as the front end sees it: names, nullability and enum values as the JSON protocol writes them.</summary>
public sealed class HubTypeScriptTests
{
    private static readonly JsonSerializerOptions HubJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static readonly string Written = HubTypeScript.Write(typeof(HubTypeScriptTests).Assembly, HubJson);

    [Fact]
    public void Each_message_the_server_sends_is_named_with_its_arguments()
    {
        Assert.Contains("export interface HubEvents {\n  Tallied: [tally: SampleTally, round: number];\n}", Written, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_callable_method_has_its_arguments_and_result_and_connection_events_are_left_out()
    {
        Assert.Contains("  Look: { args: [pin: string, note: string | null]; result: SampleTally | null };", Written, StringComparison.Ordinal);
        Assert.Contains("  Leave: { args: []; result: void };", Written, StringComparison.Ordinal);
        Assert.DoesNotContain("OnConnectedAsync", Written, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_are_null_only_where_csharp_says_so()
    {
        Assert.Contains(
            "export interface SampleTally {\n  name: string;\n  nickname: string | null;\n  rank: number | null;\n  notes: (string | null)[];\n  mood: SampleMood;\n  counts: Record<string, number>;\n}",
            Written,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_are_the_strings_the_protocol_writes()
    {
        Assert.Contains("export type SampleMood = \"quite-calm\" | \"busy\";", Written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_keeps_its_csharp_documentation_for_the_reader_of_the_front_end()
    {
        Assert.Contains("/** How the room SampleTally describes felt. */\nexport type SampleMood", Written, StringComparison.Ordinal);
    }
}

/// <summary>How the room <see cref="SampleTally"/> describes felt.</summary>
public enum SampleMood
{
    QuiteCalm,
    Busy,
}

public sealed record SampleTally(
    string Name, string? Nickname, int? Rank, IReadOnlyList<string?> Notes, SampleMood Mood, IReadOnlyDictionary<string, int> Counts);

public interface ISampleClient
{
    Task Tallied(SampleTally tally, int round);
}

public sealed class SampleHub : Hub<ISampleClient>
{
    public Task<SampleTally?> Look(string pin, string? note) => Task.FromResult<SampleTally?>(pin == note ? null : null);

    public Task Leave() => Task.CompletedTask;

    public override Task OnConnectedAsync() => Task.CompletedTask;
}

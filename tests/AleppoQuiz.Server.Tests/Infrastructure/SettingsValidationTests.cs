using AleppoQuiz.Server.Tests.Features.Live;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>A mistyped setting stops the server at start, with a sentence per problem naming the setting.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public async Task Every_faulty_setting_is_named_when_the_server_refuses_to_start()
    {
        await using var factory = new LiveServerFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Live:JoinsPerMinutePerAddress"] = "0",
                ["Live:PublicUrl"] = "192.168.1.20:5180",
                ["Proxy:TrustedProxies"] = "10.0.0.5, the-proxy",
                ["Journal:FlushInterval"] = "00:00:05",
            },
        };

        var refusal = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refusal);
        var message = refusal.ToString();
        Assert.Contains("Live:JoinsPerMinutePerAddress must be 1 or more.", message, StringComparison.Ordinal);
        Assert.Contains("Live:PublicUrl must be an absolute http or https address", message, StringComparison.Ordinal);
        Assert.Contains("Proxy:TrustedProxies must list IP addresses or networks", message, StringComparison.Ordinal);
        Assert.Contains("Journal:FlushInterval must be between", message, StringComparison.Ordinal);
    }
}

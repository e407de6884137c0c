using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Live;

public sealed class JoiningTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;
    private GameClient newcomer = null!;

    public async Task InitializeAsync()
    {
        table = await LiveTable.OpenAsync(factory, "Sam");
        newcomer = await GameClient.ConnectAsync(factory);
    }

    [Theory]
    [InlineData("   ", "nickname-empty")]
    [InlineData("A name far longer than twenty", "nickname-too-long")]
    [InlineData("tab\there", "nickname-invalid-characters")]
    [InlineData(" SAM ", "nickname-taken")]
    public async Task A_refused_nickname_says_why(string nickname, string code)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", table.Pin, nickname, null));

        Assert.Equal(code, error.Code);
        Assert.True(error.Refusal.Length > code.Length + 10, "the refusal carries a sentence for people");
    }

    [Fact]
    public async Task A_wrong_pin_is_reported_as_such()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", "000000", "Kim", null));

        Assert.Equal("game-not-found", error.Code);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("Join", table.Pin, "Kim", "forged"));

        Assert.Equal("invalid-token", error.Code);
    }

    [Fact]
    public async Task The_suggested_name_is_free_to_take()
    {
        var suggestion = (await newcomer.InvokeAsync("SuggestNickname", table.Pin)).GetString();

        var joined = await newcomer.InvokeAsync("Join", table.Pin, suggestion, null);

        Assert.Equal(suggestion, joined.GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task Answering_before_joining_is_refused()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => newcomer.InvokeAsync("SubmitAnswer", 0, new[] { 0 }));

        Assert.Equal("not-joined", error.Code);
    }

    public async Task DisposeAsync()
    {
        await newcomer.DisposeAsync();
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }
}

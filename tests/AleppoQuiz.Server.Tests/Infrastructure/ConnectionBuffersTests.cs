using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>
/// The connection buffers are small, but never smaller than one whole message: a phone sending the largest message
/// the hub accepts gets an answer and can carry on, rather than a connection closed mid-message.
/// </summary>
public sealed class ConnectionBuffersTests
{
    [Fact]
    public async Task A_message_close_to_the_largest_accepted_size_is_read_whole_and_the_connection_carries_on()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Sam");
        await using var phone = await GameClient.ConnectAsync(factory);
        var longName = new string('n', ConnectionBuffers.LargestIncomingMessage - 2_000);

        var refused = await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync("Join", table.Pin, longName, null));
        var joined = await phone.InvokeAsync("Join", table.Pin, "Kim", null);

        Assert.Equal("nickname-too-long", refused.Code);
        Assert.Equal("Kim", joined.GetProperty("nickname").GetString());
    }
}

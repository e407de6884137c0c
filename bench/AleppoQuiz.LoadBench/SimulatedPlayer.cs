using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// One phone: a SignalR connection over a real WebSocket that joins the game, answers each question at a random
/// moment within the window, and timestamps everything it receives.
/// </summary>
internal sealed class SimulatedPlayer(HubConnection connection, int number, Func<int, QuestionFigures> figuresFor, int answerWindowMs)
{
    private readonly Random random = new(number);

    public string GameId { get; private set; } = "";

    public static SimulatedPlayer Create(Uri hub, LoopbackSockets sockets, LoadOptions options, int number, Func<int, QuestionFigures> figuresFor)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(hub, HttpTransportType.WebSockets, connection =>
            {
                connection.SkipNegotiation = true;
                connection.WebSocketFactory = (context, cancellation) => sockets.ConnectAsync(context.Uri, null, cancellation);
            })
            .WithServerTimeout(TimeSpan.FromMinutes(5));
        if (options.UsesMessagePack)
        {
            builder.AddMessagePackProtocol(protocol => protocol.SerializerOptions =
                MessagePack.MessagePackSerializerOptions.Standard.WithResolver(MessagePack.Resolvers.ContractlessStandardResolverAllowPrivate.Instance));
        }

        var player = new SimulatedPlayer(builder.Build(), number, figuresFor, options.AnswerWindowMs);
        player.Listen();
        return player;
    }

    public async Task JoinAsync(string pin)
    {
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JoinedMessage>("Join", pin, $"Player {number}", null);
        GameId = joined.GameId;
    }

    private void Listen()
    {
        connection.On<QuestionMessage>("AnsweringOpen", question =>
        {
            var figures = figuresFor(question.Index);
            if (question.AnsweringOpensAt is { } opened)
            {
                figures.FanOutMs.Add((DateTimeOffset.UtcNow - opened).TotalMilliseconds);
            }

            Interlocked.Increment(ref figures.Received);
            _ = AnswerAsync(question, figures);
        });
        connection.On<RevealMessage>("QuestionClosed", reveal => figuresFor(reveal.Index).RevealArrived(Stopwatch.GetTimestamp()));
        connection.On<ResultMessage>("YourResult", result => figuresFor(result.QuestionIndex).ResultArrivals.Add(Stopwatch.GetTimestamp()));
    }

    private async Task AnswerAsync(QuestionMessage question, QuestionFigures figures)
    {
        await Task.Delay(random.Next(answerWindowMs));
        var optionIds = question.IsOrdering
            ? question.Options.Select(option => option.Id).OrderBy(_ => random.Next()).ToArray()
            : [question.Options[random.Next(question.Options.Count)].Id];
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var ack = await connection.InvokeAsync<AckMessage>("SubmitAnswer", question.Index, optionIds);
            figures.AcknowledgeMs.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if (ack.Outcome == "accepted")
            {
                Interlocked.Increment(ref figures.Accepted);
            }
        }
        catch (HubException)
        {
            // Too late or the question closed first: counted, not fatal.
            Interlocked.Increment(ref figures.Refused);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

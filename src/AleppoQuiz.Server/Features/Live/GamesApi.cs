using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using QRCoder;

namespace AleppoQuiz.Server.Features.Live;

internal static class GamesApi
{
    public static RouteGroupBuilder MapGames(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/games").WithTags("Live games");

        group.MapGet("/{pin}/qr.svg", Results<ContentHttpResult, ProblemHttpResult> (string pin, HttpRequest request, LiveGameService games, Microsoft.Extensions.Options.IOptions<LiveOptions> options) =>
        {
            LiveGame? game;
            try
            {
                game = games.FindForAddress(request.HttpContext.Connection.RemoteIpAddress?.ToString(), pin);
            }
            catch (GameRefusedException refused)
            {
                request.HttpContext.Response.Headers.RetryAfter = "60";
                return refused.Refusal.ToProblem();
            }

            if (game is null)
            {
                return GameRefusedException.GameNotFound().Refusal.ToProblem();
            }

            var joinUrl = options.Value.JoinOrigin(request) + LiveGameService.JoinPath(game);
            using var generator = new QRCodeGenerator();
            using var code = generator.CreateQrCode(joinUrl, QRCodeGenerator.ECCLevel.Q);
            return TypedResults.Content(new SvgQRCode(code).GetGraphic(8), "image/svg+xml");
        })
        .WithSummary("The join address of a live game as a QR code, for the host screen.");

        return group;
    }
}

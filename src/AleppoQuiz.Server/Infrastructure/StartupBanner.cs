using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AleppoQuiz.Server.Infrastructure;

internal static partial class StartupBanner
{
    /// <summary>Once listening, says where to open the host screen and where players join.</summary>
    public static void AnnounceAddresses(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogOpen(app.Logger, address.TrimEnd('/') + "/");
            }
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "AleppoQuiz is ready: open {Address} in a browser")]
    private static partial void LogOpen(ILogger logger, string address);
}

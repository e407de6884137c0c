namespace AleppoQuiz.Server.Features.Live;

public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// The address players' phones use to reach this server (for example http://192.168.1.20:5180). Join links and
    /// QR codes use it; when empty they use the address the host screen was opened at.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>New players one address may bring per minute; a whole class shares its school's address.</summary>
    public int JoinsPerMinutePerAddress { get; set; } = 200;

    /// <summary>Wrong PINs one connection may try per minute before its lookups are refused for a while.</summary>
    public int PinMissesPerMinutePerConnection { get; set; } = 10;

    /// <summary>Wrong PINs one address may try per minute (hub and QR code together).</summary>
    public int PinMissesPerMinutePerAddress { get; set; } = 100;

    /// <summary>Refused calls one connection may make per minute before the server closes it.</summary>
    public int RefusalsPerMinutePerConnection { get; set; } = 30;

    /// <summary>Games one teacher may have running at once; an ended game no longer counts.</summary>
    public int MaxLiveGamesPerTeacher { get; set; } = 10;

    /// <summary>A game in which nobody has made a move for this long is ended (a class that never pressed End).</summary>
    public TimeSpan EndIdleGamesAfter { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long an ended game stays in memory (for a host or player reloading the podium) before its PIN is freed.</summary>
    public TimeSpan ForgetEndedGamesAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Where join links start: the configured public address, else the address the request came to.</summary>
    public string JoinOrigin(HttpRequest? request) =>
        !string.IsNullOrWhiteSpace(PublicUrl) ? PublicUrl.TrimEnd('/')
        : request is null ? ""
        : $"{request.Scheme}://{request.Host}";

    /// <summary>
    /// Whether a browser connection may use the hub with the cookies it carries: requests without cookies or without
    /// an <c>Origin</c> (non-browser clients) are fine; with cookies, the page must come from this server or from
    /// <see cref="PublicUrl"/>, so another site cannot drive a teacher's signed-in browser.
    /// </summary>
    public bool AllowsOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !request.Headers.ContainsKey("Cookie"))
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var from)
            && (string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                || (Uri.TryCreate(PublicUrl, UriKind.Absolute, out var published)
                    && string.Equals(from.Authority, published.Authority, StringComparison.OrdinalIgnoreCase)));
    }
}

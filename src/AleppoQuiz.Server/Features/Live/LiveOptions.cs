namespace AleppoQuiz.Server.Features.Live;

public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// The address players' phones use to reach this server (for example http://192.168.1.20:5180). Join links and
    /// QR codes use it; when empty they use the address the host screen was opened at.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Where join links start: the configured public address, else the address the request came to.</summary>
    public string JoinOrigin(HttpRequest? request) =>
        !string.IsNullOrWhiteSpace(PublicUrl) ? PublicUrl.TrimEnd('/')
        : request is null ? ""
        : $"{request.Scheme}://{request.Host}";
}

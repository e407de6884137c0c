using System.Security.Cryptography;
using System.Text;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Host keys and player tokens: unguessable, handed to browsers, stored only as hashes.</summary>
internal static class Secrets
{
    private const int TokenBytes = 32;

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True for strings of the shape <see cref="NewToken"/> makes; anything else is refused unread.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static bool Matches(string token, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

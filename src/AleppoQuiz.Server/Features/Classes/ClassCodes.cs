using System.Security.Cryptography;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>
/// Class codes: six characters that a student can read off a board and type on a phone. The alphabet leaves out
/// look-alikes (0/O, 1/I/L) so that nobody has to guess which one was meant.
/// </summary>
internal static class ClassCodes
{
    public const int Length = 6;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => new([.. Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);

    /// <summary>What a student typed, as stored: spaces and dashes dropped, upper case.</summary>
    public static string Normalize(string? typed) =>
        new([.. (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);

    /// <summary>A code nobody else's class has yet; collisions are rare, so a few tries always suffice.</summary>
    public static async Task<string> UniqueAsync(Func<string, Task<bool>> isTaken)
    {
        while (true)
        {
            var code = New();
            if (!await isTaken(code))
            {
                return code;
            }
        }
    }
}

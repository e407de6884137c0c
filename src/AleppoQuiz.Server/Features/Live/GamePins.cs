using System.Security.Cryptography;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Game PINs: six random digits while they are easy to find free, seven when six-digit PINs grow crowded.
/// Random rather than sequential so that one game's PIN says nothing about another's.
/// </summary>
internal static class GamePins
{
    private const int SixDigitAttempts = 20;

    public static string Next(Func<string, bool> isTaken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var pin = attempt < SixDigitAttempts
                ? RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : RandomNumberGenerator.GetInt32(1_000_000, 10_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!isTaken(pin))
            {
                return pin;
            }
        }
    }

    public static bool IsWellFormed(string? pin) => pin is { Length: 6 or 7 } && pin.All(char.IsAsciiDigit);
}

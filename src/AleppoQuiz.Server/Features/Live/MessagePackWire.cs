using MessagePack;
using MessagePack.Resolvers;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// The binary hub protocol's serializer: contractless, so the same records the JSON protocol sends go out as maps
/// keyed by property name (PascalCase), without MessagePack attributes on the engine's types. Enums travel as
/// numbers. docs/realtime-protocol.md describes both protocols.
/// </summary>
internal static class MessagePackWire
{
    public static MessagePackSerializerOptions Options { get; } =
        MessagePackSerializerOptions.Standard.WithResolver(ContractlessStandardResolver.Instance);
}

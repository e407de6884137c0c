using System.Reflection;

namespace AleppoQuiz.Contract;

/// <summary>
/// C# types as the TypeScript their JSON takes, nullability included; records and enums are named and collected
/// so that each is written once.
/// </summary>
internal sealed class TypeScriptTypes
{
    private static readonly HashSet<Type> Strings =
    [
        typeof(string), typeof(char), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Uri), typeof(byte[]),
    ];

    private static readonly HashSet<Type> Numbers =
    [
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long),
        typeof(ulong), typeof(float), typeof(double), typeof(decimal),
    ];

    private readonly SortedDictionary<string, Type> named = new(StringComparer.Ordinal);
    private readonly HashSet<Type> written = [];

    public string Of(Type type, NullabilityInfo annotated)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeScriptText.OrNull(Of(underlying, annotated.GenericTypeArguments.FirstOrDefault() ?? annotated), nullable: true);
        }

        return TypeScriptText.OrNull(NotNull(type, annotated), !type.IsValueType && annotated.ReadState == NullabilityState.Nullable);
    }

    /// <summary>The TypeScript name of a record or enum, to be written by <see cref="Drain"/>.</summary>
    public string Named(Type type)
    {
        if (named.TryGetValue(type.Name, out var known) && known != type)
        {
            throw new InvalidOperationException($"Two contract types are named {type.Name}: {known.FullName} and {type.FullName}.");
        }

        named[type.Name] = type;
        return type.Name;
    }

    /// <summary>Every named type not yet written, alphabetically, including those their properties name on the way.</summary>
    public IEnumerable<(string Name, Type Type)> Drain()
    {
        while (named.FirstOrDefault(pair => !written.Contains(pair.Value)) is { Value: { } next } pair)
        {
            written.Add(next);
            yield return (pair.Key, next);
        }
    }

    private string NotNull(Type type, NullabilityInfo annotated)
    {
        if (Strings.Contains(type))
        {
            return "string";
        }

        if (Numbers.Contains(type))
        {
            return "number";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type == typeof(object))
        {
            return "unknown";
        }

        if (type.IsArray)
        {
            return TypeScriptText.ArrayOf(Of(type.GetElementType()!, annotated.ElementType ?? annotated));
        }

        if (Dictionary(type) is { } values)
        {
            return $"Record<string, {Of(values, annotated.GenericTypeArguments.Length == 2 ? annotated.GenericTypeArguments[1] : annotated)}>";
        }

        if (Sequence(type) is { } element)
        {
            return TypeScriptText.ArrayOf(Of(element, annotated.GenericTypeArguments.FirstOrDefault() ?? annotated));
        }

        return Named(type);
    }

    private static Type? Dictionary(Type type)
    {
        var dictionary = GenericInterface(type, typeof(IReadOnlyDictionary<,>)) ?? GenericInterface(type, typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments()[1];
    }

    private static Type? Sequence(Type type) => GenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Type? GenericInterface(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}

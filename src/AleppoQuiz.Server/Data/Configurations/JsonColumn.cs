using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

/// <summary>
/// Stores a value as JSON text in a plain text column (TEXT on SQLite, text on PostgreSQL), so entities carry the
/// typed value and no code outside this file reads or writes the JSON.
/// </summary>
internal static class JsonColumn
{
    /// <summary>
    /// For values that are replaced, never changed in place (quiz snapshots, commands, submitted option ids): the
    /// tracked snapshot is the value itself, and a replaced value counts as changed only if its JSON differs.
    /// </summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        property.HasConversion(
            value => Write(value),
            json => Read<T>(json),
            new ValueComparer<T>(
                (left, right) => ReferenceEquals(left, right) || (left != null && right != null && Write(left) == Write(right)),
                value => Write(value).GetHashCode(StringComparison.Ordinal),
                value => value));
        return property;
    }

    // Default serializer options: rows written before the converters existed used them too.
    private static string Write<T>(T value) => JsonSerializer.Serialize(value);

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is empty.");
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Schemas;

/// <summary>
/// JSON for <see cref="ValueList{T}"/>: a plain array both ways. Item metadata comes from the caller's resolver (a
/// source-generated context) when it has it; otherwise from reflection with the same settings, because a source
/// generator cannot see through this converter to the item type.
/// </summary>
public sealed class ValueListJsonConverter : JsonConverterFactory
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Fallbacks = new();

    internal static JsonTypeInfo ItemInfo(JsonSerializerOptions options, Type type)
    {
        if (options.TryGetTypeInfo(type, out var info)) return info;
        var fallback = Fallbacks.GetValue(options, o => new JsonSerializerOptions(o)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(o.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
        });
        return fallback.GetTypeInfo(type);
    }

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ItemConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ItemConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return ValueList<T>.Empty;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("an array was expected");
            var items = new List<T>();
            var itemInfo = ItemInfo(options, typeof(T));
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add((T)JsonSerializer.Deserialize(ref reader, itemInfo)!);
            }
            return items.Count == 0 ? ValueList<T>.Empty : ValueList<T>.Own([.. items]);
        }

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
        {
            var itemInfo = ItemInfo(options, typeof(T));
            writer.WriteStartArray();
            foreach (var item in value) JsonSerializer.Serialize(writer, item, itemInfo);
            writer.WriteEndArray();
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Schemas;
using Gateway.Schemas.Events;

namespace Gateway.Benchmarks;

/// <summary>System.Text.Json source-generated serialization of the event records, the baseline for the Avro codec.</summary>
[JsonSourceGenerationOptions(Converters = [typeof(ValueListConverterFactory)])]
[JsonSerializable(typeof(ReportAccepted))]
[JsonSerializable(typeof(SubmissionReceived))]
// The generator skips ValueList<T> members (own converter), so their element types are registered here for the converter.
[JsonSerializable(typeof(Gateway.Schemas.Manifests.BagTag))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.Contact))]
[JsonSerializable(typeof(EventFinding))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.Leg))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.LegPoint))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.QualifiedDate))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.QualifiedPlace))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.Reference))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.TravelDocument))]
[JsonSerializable(typeof(Gateway.Schemas.Manifests.Traveller))]
[JsonSerializable(typeof(string))]
internal sealed partial class AvroJsonContext : JsonSerializerContext;

/// <summary>ValueList&lt;T&gt; as a JSON array (bytes as base64, as System.Text.Json writes byte[]).</summary>
internal sealed class ValueListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var item = typeToConvert.GetGenericArguments()[0];
        return item == typeof(byte)
            ? new ByteListConverter()
            : (JsonConverter?)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(item));
    }

    private sealed class ByteListConverter : JsonConverter<ValueList<byte>>
    {
        public override ValueList<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueList<byte>.Own(reader.GetBytesFromBase64());

        public override void Write(Utf8JsonWriter writer, ValueList<byte> value, JsonSerializerOptions options) =>
            writer.WriteBase64StringValue(value.AsSpan());
    }
}

internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("expected an array");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(JsonSerializer.Deserialize(ref reader, info)!);
        return ValueList<T>.Own([.. items]);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value.AsSpan()) JsonSerializer.Serialize(writer, item, info);
        writer.WriteEndArray();
    }
}

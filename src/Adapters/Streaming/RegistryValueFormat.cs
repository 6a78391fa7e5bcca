using System.Buffers.Binary;
using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Avro.IO;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Gateway.Adapters.Events;
using Gateway.Schemas.Events;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// Kafka event values in the Confluent Schema Registry wire format: magic byte 0, the 4-byte big-endian schema id,
/// the Avro binary datum. Producing goes through Confluent's <see cref="AvroSerializer{T}"/>, which registers the
/// event's schema under the topic's subject (<c>&lt;topic&gt;-value</c>) and caches its id. Inside the gateway an
/// event travels in the single-object encoding (the outbox holds it): the serializer reads that with Apache.Avro and
/// hands the record to Confluent's; the deserializer finds the writer schema by id in the registry and gives the
/// handler the same Avro body behind a single-object header carrying that schema's fingerprint.
/// A value that is not an event (an older outbox's JSON event, a dead letter) passes through unchanged.
/// </summary>
public sealed class RegistryValueFormat : IAsyncSerializer<byte[]>, IDeserializer<byte[]>, IDisposable
{
    private const int WireHeaderLength = 5;
    private readonly CachedSchemaRegistryClient _registry;
    private readonly AvroSerializer<GenericRecord> _serializer;
    private readonly ConcurrentDictionary<long, GenericDatumReader<GenericRecord>> _readers = new();
    private readonly ConcurrentDictionary<int, long> _fingerprints = new();

    /// <summary>Connects to the registry the options name.</summary>
    public RegistryValueFormat(SchemaRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new SchemaRegistryConfig { Url = options.Url };
        foreach (var (key, value) in options.Settings) config.Set(key, value);
        if (!string.IsNullOrEmpty(options.BasicAuthUserInfo))
        {
            config.BasicAuthCredentialsSource = AuthCredentialsSource.UserInfo;
            config.BasicAuthUserInfo = options.BasicAuthUserInfo;
        }
        _registry = new CachedSchemaRegistryClient(config);
        _serializer = new AvroSerializer<GenericRecord>(_registry, new AvroSerializerConfig
        {
            AutoRegisterSchemas = options.AutoRegisterSchemas,
            SubjectNameStrategy = SubjectNameStrategy.Topic,
        });
        Description = $"Confluent Schema Registry wire format (registry {options.Url}, subject <topic>-value)";
    }

    /// <summary>What the stream says at start-up.</summary>
    public string Description { get; }

    /// <summary>The registry-less encoding's description, for the same start-up line.</summary>
    public const string RegistryLessDescription = "Avro single-object encoding (C3 01, schema fingerprint, body; no schema registry configured)";

    /// <inheritdoc />
    public Task<byte[]> SerializeAsync(byte[] data, SerializationContext context)
    {
        if (data is null || !SingleObjectEncoding.TryReadHeader(data, out long fingerprint) || EventSchemas.ByFingerprint(fingerprint) is not { } schema)
        {
            return Task.FromResult(data!);
        }
        var reader = _readers.GetOrAdd(fingerprint, _ => new GenericDatumReader<GenericRecord>(schema, schema));
        using var body = new MemoryStream(data, SingleObjectEncoding.HeaderLength, data.Length - SingleObjectEncoding.HeaderLength, writable: false);
        var record = reader.Read(null!, new BinaryDecoder(body));
        return _serializer.SerializeAsync(record, context);
    }

    /// <inheritdoc />
    public byte[] Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context)
    {
        if (isNull) return null!;
        if (data.Length < WireHeaderLength || data[0] != 0) return data.ToArray();
        int id = BinaryPrimitives.ReadInt32BigEndian(data[1..]);
        long fingerprint;
        try
        {
            fingerprint = _fingerprints.GetOrAdd(id, i =>
                EventSchemas.Fingerprint(Avro.Schema.Parse(_registry.GetSchemaAsync(i).GetAwaiter().GetResult().SchemaString)));
        }
        catch (Exception e) when (e is SchemaRegistryException or HttpRequestException or SchemaParseException or TaskCanceledException)
        {
            // Not translated: the handler sees the registry's framing and says so; the message is retried, then dead-lettered.
            return data.ToArray();
        }
        var value = new byte[SingleObjectEncoding.HeaderLength + data.Length - WireHeaderLength];
        using (var header = new MemoryStream(value, 0, SingleObjectEncoding.HeaderLength)) SingleObjectEncoding.WriteHeader(header, fingerprint);
        data[WireHeaderLength..].CopyTo(value.AsSpan(SingleObjectEncoding.HeaderLength));
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _registry.Dispose();
}

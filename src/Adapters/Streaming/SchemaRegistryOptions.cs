namespace Gateway.Adapters.Streaming;

/// <summary>
/// The Confluent Schema Registry the Kafka stream registers and looks up event schemas in (bound from
/// <c>Gateway:Stream:Kafka:SchemaRegistry</c>). Without a <see cref="Url"/> the stream writes the registry-less
/// Avro single-object encoding.
/// </summary>
public sealed class SchemaRegistryOptions
{
    /// <summary>Comma-separated registry URLs; empty: no registry (single-object encoding on Kafka).</summary>
    public string? Url { get; set; }

    /// <summary>HTTP basic authentication as <c>user:password</c> (a secret: set it in the environment,
    /// <c>Gateway__Stream__Kafka__SchemaRegistry__BasicAuthUserInfo</c>).</summary>
    public string? BasicAuthUserInfo { get; set; }

    /// <summary>Register an event schema under the topic's subject the first time it is written (the default); false
    /// where the registry is managed by hand and the producer may only use schemas already registered.</summary>
    public bool AutoRegisterSchemas { get; set; } = true;

    /// <summary>Extra Confluent registry client settings, passed through (e.g. <c>schema.registry.ssl.ca.location</c>,
    /// <c>schema.registry.bearer.auth.token</c>).</summary>
    public Dictionary<string, string> Settings { get; set; } = [];

    /// <summary>Whether a registry is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);
}

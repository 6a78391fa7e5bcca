using Gateway.Domain.Decisions;

namespace Gateway.Options;

/// <summary>The gateway's configuration (section <c>Gateway</c>; environment variables <c>Gateway__…</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>
    /// The folder relative paths in these settings resolve against; unset: the application root (the clone's root for a
    /// build inside a clone, else the binary's folder). See <see cref="ConfiguredPaths"/>.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>Where the embedded store keeps its file, and the development keys and signing secret are kept.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>PostgreSQL connection string when <see cref="Store"/> is <c>postgres</c> (a secret: from the environment).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Carriers and their API keys (SHA-256 hex of each key; the keys themselves are never stored).</summary>
    public Dictionary<string, CarrierOptions> Carriers { get; set; } = [];

    /// <summary>SHA-256 hex of the admin key (watch-list replacement).</summary>
    public string? AdminKeyHash { get; set; }

    /// <summary>Create development keys for carriers <c>KE</c> and <c>OZ</c> and an admin key, printed at start-up.</summary>
    public bool DevelopmentKeys { get; set; } = true;

    /// <summary>Watch lists loaded at start-up and replaceable at run time.</summary>
    public List<WatchListOptions> WatchLists { get; set; } = [];

    /// <summary>Screening thresholds (hold/review/secondary), weights and candidate limits (section <c>Gateway:Screening</c>; docs/SCREENING.md).</summary>
    public Gateway.Screening.Scoring.ScreeningOptions Screening { get; set; } = new();

    /// <summary>When this many outbox events wait unpublished, the API answers 503 with Retry-After.</summary>
    public long OutboxBacklogLimit { get; set; } = 100_000;

    /// <summary>How often (seconds) worker processes look for PNR requests past their Decree 85(3) deadline to tell the carrier.</summary>
    public int PnrOverdueCheckSeconds { get; set; } = 30;

    /// <summary>Decision policy settings.</summary>
    public DecisionOptions Decisions { get; set; } = new();

    /// <summary>
    /// What this process runs: <c>all</c> (default: API, relay and the screening consumer), <c>api</c> (the HTTP API and
    /// the outbox relay) or <c>worker</c> (the screening and decision consumer, with the health route only).
    /// </summary>
    public string Role { get; set; } = GatewayRoles.All;

    /// <summary>Carrier client certificates (mTLS, <c>Gateway:ClientCertificates</c>; docs/API.md).</summary>
    public ClientCertificateOptions ClientCertificates { get; set; } = new();

    /// <summary>The event backbone (<c>Gateway:Stream</c>).</summary>
    public StreamSettings Stream { get; set; } = new();

    /// <summary>Webhook deliveries (<c>Gateway:Webhooks</c>).</summary>
    public WebhookSettings Webhooks { get; set; } = new();
}

/// <summary>One carrier.</summary>
public sealed class CarrierOptions
{
    /// <summary>SHA-256 hex of each valid API key (several during a rotation).</summary>
    public List<string> KeyHashes { get; set; } = [];

    /// <summary>SHA-256 thumbprints (hex) of the carrier's client certificates (mTLS; they must chain to <c>Gateway:ClientCertificates:TrustedCa</c>).</summary>
    public List<string> CertificateThumbprints { get; set; } = [];

    /// <summary>Subjects (<c>CN=…, O=…</c>) of the carrier's client certificates; any certificate of the trusted CA with that subject.</summary>
    public List<string> CertificateSubjects { get; set; } = [];

    /// <summary>The carrier must present its client certificate; its API key alone is refused.</summary>
    public bool RequireCertificate { get; set; }

    /// <summary>Where unsolicited status changes are posted (http or https), if the carrier wants a webhook.</summary>
    public string? Webhook { get; set; }

    /// <summary>
    /// The secret the webhook body is signed with (HMAC-SHA256, header <c>X-Gateway-Signature: sha256=…</c>) so the carrier
    /// can tell the gateway's posts from forgeries; from the environment, never a file. No secret: unsigned.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary><c>json</c> (the feed's JSON update) or <c>edifact</c> (its CUSRES BGM 132).</summary>
    public string WebhookFormat { get; set; } = "json";

    /// <summary>Share of this carrier's landed tourists who did not return to the ship (Decree 18-3).</summary>
    public double NoReturnRatio { get; set; }
}

/// <summary>A configured watch list.</summary>
public sealed class WatchListOptions
{
    /// <summary>Name used in <c>PUT /api/v1/watchlists/{name}</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>entry-ban</c>, <c>departure-ban</c>, <c>wanted</c>, <c>sanctions</c>, <c>lost-stolen</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary><c>ofac-csv</c>, <c>ofac-xml</c>, <c>un-xml</c>, <c>uk-csv</c>, <c>eu-csv</c>, <c>native-csv</c>, <c>native-json</c>.</summary>
    public string Format { get; set; } = "";

    /// <summary>File path; a relative path resolves against <see cref="GatewayOptions.Root"/>, not the working directory.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// Start without the list (a warning) when the file is absent (the shared lists on a machine without them); a list
    /// that is not optional and absent stops the start.
    /// </summary>
    public bool Optional { get; set; }

    /// <summary><c>ofac-csv</c> only: the alias, address and comment files when they do not carry the standard names
    /// beside the SDN file (<c>-</c>: none); a file named here must exist.</summary>
    public string? OfacAlt { get; set; }

    /// <summary>See <see cref="OfacAlt"/>.</summary>
    public string? OfacAdd { get; set; }

    /// <summary>See <see cref="OfacAlt"/>.</summary>
    public string? OfacComments { get; set; }
}

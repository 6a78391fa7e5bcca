namespace Gateway.Options;

/// <summary>
/// Officer sign-in, review and PNR access settings (section <c>Gateway:Officers</c>; environment <c>Gateway__Officers__…</c>).
/// See docs/OFFICERS.md.
/// </summary>
public sealed class OfficerOptions
{
    /// <summary>
    /// The OIDC provider's issuer URL. Its discovery document (<c>{Authority}/.well-known/openid-configuration</c>) names
    /// the issuer and the JWKS the tokens are checked with. Empty: the development issuer (when <see cref="DevelopmentIssuer"/>).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The discovery document's address when it is not under <see cref="Authority"/>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Refuse a discovery document or JWKS fetched over plain http (on everywhere but in tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The <c>iss</c> tokens must carry; empty: the discovery document's <c>issuer</c>.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must name.</summary>
    public string Audience { get; set; } = "gateway";

    /// <summary>
    /// Without an <see cref="Authority"/>: the gateway is its own issuer (development), with a key generated once and kept
    /// in the data folder, its discovery document and JWKS served under <c>/dev-issuer/</c>, and tokens minted by <c>gateway token</c>.
    /// </summary>
    public bool DevelopmentIssuer { get; set; } = true;

    /// <summary>How often the provider's keys are fetched again regardless (the library's minimum is 5 minutes).</summary>
    public int KeyRefreshMinutes { get; set; } = 60;

    /// <summary>
    /// A token signed with a key not in the JWKS held makes the gateway fetch the JWKS again at once (a rotation), at most
    /// once per this many seconds (at least 1).
    /// </summary>
    public int KeyRefetchSeconds { get; set; } = 30;

    /// <summary>Clock skew allowed on <c>exp</c> and <c>nbf</c>.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>List kinds (<c>wanted</c>, <c>sanctions</c>…) whose hits need a second, different officer to agree (four eyes).</summary>
    public List<string> FourEyesKinds { get; set; } = ["wanted", "sanctions"];

    /// <summary>How long a stream ticket (for the page's EventSource, which cannot send headers) is valid.</summary>
    public int TicketSeconds { get; set; } = 60;

    /// <summary>Whether the gateway is its own (development) issuer.</summary>
    public bool UsesDevelopmentIssuer => string.IsNullOrEmpty(Authority) && string.IsNullOrEmpty(MetadataAddress) && DevelopmentIssuer;
}

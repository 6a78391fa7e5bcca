namespace Gateway.Options;

/// <summary>
/// Officer sign-in, review and PNR access settings (section <c>Gateway:Officers</c>; environment <c>Gateway__Officers__…</c>).
/// See docs/OFFICERS.md.
/// </summary>
public sealed class OfficerOptions
{
    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string Issuer { get; set; } = "gateway-dev";

    /// <summary>The <c>aud</c> every token must name.</summary>
    public string Audience { get; set; } = "gateway";

    /// <summary>
    /// HS256 secret of the local (development) issuer, at least 32 bytes of text. A secret: from the environment, never a
    /// file in the repository. When empty and <see cref="DevelopmentIssuer"/> is on, one is generated and kept in the data folder.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>Accept HS256 tokens of the local issuer (and generate its secret when none is configured).</summary>
    public bool DevelopmentIssuer { get; set; } = true;

    /// <summary>Public keys of the production OIDC provider (RS256 or ES256), by key id.</summary>
    public List<SigningKeyOptions> Keys { get; set; } = [];

    /// <summary>Clock skew allowed on <c>exp</c> and <c>nbf</c>.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>List kinds (<c>wanted</c>, <c>sanctions</c>…) whose hits need a second, different officer to agree (four eyes).</summary>
    public List<string> FourEyesKinds { get; set; } = ["wanted", "sanctions"];

    /// <summary>How long a stream ticket (for the page's EventSource, which cannot send headers) is valid.</summary>
    public int TicketSeconds { get; set; } = 60;
}

/// <summary>One public key of the OIDC provider.</summary>
public sealed class SigningKeyOptions
{
    /// <summary>The <c>kid</c> in token headers.</summary>
    public string Id { get; set; } = "";

    /// <summary><c>RS256</c> or <c>ES256</c>.</summary>
    public string Algorithm { get; set; } = "RS256";

    /// <summary>The public key in PEM (SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem { get; set; } = "";
}

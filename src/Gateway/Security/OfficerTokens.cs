using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Options;

namespace Gateway.Security;

/// <summary>
/// Checks and mints officer JWTs (RFC 7519) without a JOSE library (the registry here cannot restore one): the header's
/// <c>alg</c> must be one the key was configured for — HS256 only with the local issuer's secret, RS256/ES256 only with a
/// configured public key found by <c>kid</c> — so a token can never choose its own key or <c>none</c>. Then <c>exp</c>
/// (required) and <c>nbf</c> against the injected clock with a small skew, <c>iss</c>, <c>aud</c>, <c>sub</c>, the
/// personal identification number and at least one known role.
/// </summary>
public sealed class OfficerTokens(SigningKeys keys, OfficerOptions options, TimeProvider clock)
{
    /// <summary>The outcome of a check: the officer, or why the token was refused.</summary>
    public sealed record Check(Officer? Officer, string? Error);

    /// <summary>Validates a compact JWS.</summary>
    public Check Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return Fail("the token is not a compact JWS (three dot-separated parts)");
        if (!TryDecode(parts[0], out var headerBytes) || !TryDecode(parts[1], out var payloadBytes) || !TryDecode(parts[2], out var signature))
        {
            return Fail("the token is not base64url");
        }
        try
        {
            using var header = JsonDocument.Parse(headerBytes);
            string alg = Text(header.RootElement, "alg") ?? "";
            string? kid = Text(header.RootElement, "kid");
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!Verify(alg, kid, signed, signature, out string? why)) return Fail(why!);
            using var payload = JsonDocument.Parse(payloadBytes);
            return Claims(payload.RootElement);
        }
        catch (JsonException)
        {
            return Fail("the token's header or payload is not JSON");
        }
    }

    /// <summary>Mints an HS256 token of the local issuer (the <c>gateway token</c> command and the tests).</summary>
    public static string Mint(byte[] secret, string issuer, string audience, string officer, string pin, IEnumerable<string> roles,
        DateTimeOffset notBefore, DateTimeOffset expires)
    {
        string header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "JWT" }, TokenJsonContext.Default.DictionaryStringString));
        var body = new Dictionary<string, object>
        {
            ["iss"] = issuer, ["aud"] = audience, ["sub"] = officer, ["pin"] = pin, ["roles"] = roles.ToArray(),
            ["iat"] = notBefore.ToUnixTimeSeconds(), ["nbf"] = notBefore.ToUnixTimeSeconds(), ["exp"] = expires.ToUnixTimeSeconds(),
        };
        string payload = Encode(JsonSerializer.SerializeToUtf8Bytes(body, TokenJsonContext.Default.DictionaryStringObject));
        string signature = Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }

    private bool Verify(string alg, string? kid, byte[] signed, byte[] signature, out string? why)
    {
        why = null;
        if (alg == "HS256")
        {
            if (keys.Secret is null) why = "HS256 tokens of the local issuer are not accepted here";
            else if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(keys.Secret, signed), signature)) why = "the token's signature is not valid";
            return why is null;
        }
        if (kid is null || !keys.TryGet(kid, out string expected, out var key)) why = $"no configured key for kid {kid ?? "(none)"}";
        else if (expected != alg) why = $"key {kid} is for {expected}, the token says {alg}";
        else if (key is RSA rsa && !rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)) why = "the token's signature is not valid";
        else if (key is ECDsa ec && !ec.VerifyData(signed, signature, HashAlgorithmName.SHA256)) why = "the token's signature is not valid";
        return why is null;
    }

    private Check Claims(JsonElement p)
    {
        var now = clock.GetUtcNow();
        var skew = TimeSpan.FromSeconds(options.ClockSkewSeconds);
        if (!TryTime(p, "exp", out var exp)) return Fail("the token has no exp");
        if (now - skew >= exp) return Fail("the token has expired");
        if (TryTime(p, "nbf", out var nbf) && now + skew < nbf) return Fail("the token is not valid yet");
        if (Text(p, "iss") != options.Issuer) return Fail("the token's issuer is not accepted");
        if (!Audiences(p).Contains(options.Audience, StringComparer.Ordinal)) return Fail("the token is not for this audience");
        if (Text(p, "sub") is not { Length: > 0 } sub) return Fail("the token has no sub (officer id)");
        if (Text(p, "pin") is not { Length: > 0 } pin) return Fail("the token has no pin (personal identification number, Decree 85(2))");
        var roles = Roles(p).Where(r => OfficerRoles.All.Contains(r, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length == 0) return Fail("the token carries no officer role");
        return new Check(new Officer(sub, pin, roles, exp), null);
    }

    private static IEnumerable<string> Audiences(JsonElement p) => Strings(p, "aud");

    private static IEnumerable<string> Roles(JsonElement p) => Strings(p, "roles").Concat(Strings(p, "role"));

    private static IEnumerable<string> Strings(JsonElement p, string name)
    {
        if (!p.TryGetProperty(name, out var v)) yield break;
        if (v.ValueKind == JsonValueKind.String) yield return v.GetString()!;
        if (v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in v.EnumerateArray()) if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryTime(JsonElement e, string name, out DateTimeOffset at)
    {
        at = default;
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long s)) return false;
        if (s is < 0 or > 253402300799) return false;
        at = DateTimeOffset.FromUnixTimeSeconds(s);
        return true;
    }

    private static Check Fail(string why) => new(null, why);

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Length == 0 || part.Length > 16 * 1024) return false;
        try
        {
            bytes = Base64Url.DecodeFromChars(part);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}

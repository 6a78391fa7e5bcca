using System.Security.Claims;

namespace Gateway.Security;

/// <summary>A signed-in officer: the token's subject, the personal identification number (Decree 85(2)) and the roles.</summary>
public sealed record Officer(string Id, string Pin, IReadOnlyList<string> Roles, DateTimeOffset Expires)
{
    /// <summary>The claim type of the personal identification number.</summary>
    public const string PinClaim = "pin";

    /// <summary>Whether the officer holds the role.</summary>
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>The principal the authentication handler puts in the request.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Id), new(PinClaim, Pin), new("exp", Expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        foreach (var role in Roles) claims.Add(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.NameIdentifier, ClaimTypes.Role));
    }

    /// <summary>The officer of an authenticated principal.</summary>
    public static Officer From(ClaimsPrincipal user)
    {
        string id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("the request is not authenticated");
        long exp = long.Parse(user.FindFirstValue("exp") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return new Officer(id, user.FindFirstValue(PinClaim) ?? "", [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)], DateTimeOffset.FromUnixTimeSeconds(exp));
    }
}

/// <summary>The officer roles and the authorization policies built on them.</summary>
public static class OfficerRoles
{
    /// <summary>Reviews hits.</summary>
    public const string Officer = "officer";

    /// <summary>Designated to see PNR (Act 73-2(4)).</summary>
    public const string PnrOfficer = "pnr-officer";

    /// <summary>Replaces watch lists, reads the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Every role.</summary>
    public static readonly string[] All = [Officer, PnrOfficer, Admin];

    /// <summary>Policy: any officer role.</summary>
    public const string AnyPolicy = "any-officer";

    /// <summary>Policy: may review hits (<c>officer</c> or <c>pnr-officer</c>).</summary>
    public const string ReviewPolicy = "reviewer";

    /// <summary>Policy: <c>pnr-officer</c>.</summary>
    public const string PnrPolicy = "pnr-officer";

    /// <summary>Policy: <c>admin</c>.</summary>
    public const string AdminPolicy = "admin";
}

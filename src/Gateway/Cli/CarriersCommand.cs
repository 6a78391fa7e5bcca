using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Gateway.Security;

namespace Gateway.Cli;

/// <summary>
/// <c>gateway carriers</c>: the carrier registry in the data folder (<c>carriers.json</c>) — add a carrier, issue and
/// rotate its API keys (a key is printed once; only its SHA-256 is stored), map client certificates, list. The running
/// service reads the file again when it changes.
/// </summary>
internal static partial class CarriersCommand
{
    public static Command Build()
    {
        var data = new Option<string?>("--data-folder") { Description = "The service's data folder (default: Gateway:DataFolder).", Recursive = true };
        var code = new Argument<string>("carrier") { Description = "The carrier's code (IATA/ICAO designator, 2-3 letters or digits)." };
        var command = new Command("carriers", "Register carriers, issue and rotate their API keys, map client certificates.") { data };

        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var list = new Command("list", "List the registered carriers, their keys (ids, never the keys) and certificates.") { json };
        list.SetAction(p => List(Folder(p.GetValue(data)), p.GetValue(json), Console.Out));

        var name = new Option<string?>("--name") { Description = "The carrier's name." };
        var requireCertificate = new Option<bool>("--require-certificate") { Description = "The carrier's key alone is refused: it must present its client certificate." };
        var add = new Command("add", "Register a carrier and issue its first API key.") { code, name, requireCertificate };
        add.SetAction(p => Add(Folder(p.GetValue(data)), p.GetValue(code)!, p.GetValue(name), p.GetValue(requireCertificate), DateTimeOffset.UtcNow, Console.Out, Console.Error));

        var issue = new Command("issue-key", "Issue another API key; the carrier's other keys stay valid.") { code };
        issue.SetAction(p => Rotate(Folder(p.GetValue(data)), p.GetValue(code)!, null, DateTimeOffset.UtcNow, Console.Out, Console.Error));

        var grace = new Option<double>("--grace-days") { Description = "How long the carrier's current keys stay valid beside the new one.", DefaultValueFactory = _ => 7 };
        var rotate = new Command("rotate-key", "Issue a new API key; the carrier's current keys expire after the grace period.") { code, grace };
        rotate.SetAction(p => Rotate(Folder(p.GetValue(data)), p.GetValue(code)!, TimeSpan.FromDays(p.GetValue(grace)), DateTimeOffset.UtcNow, Console.Out, Console.Error));

        var keyId = new Argument<string>("key-id") { Description = "The key's id, as listed." };
        var revoke = new Command("revoke-key", "Revoke one API key now.") { code, keyId };
        revoke.SetAction(p => Revoke(Folder(p.GetValue(data)), p.GetValue(code)!, p.GetValue(keyId)!, DateTimeOffset.UtcNow, Console.Out, Console.Error));

        var thumbprint = new Option<string?>("--thumbprint") { Description = "The certificate's SHA-256 thumbprint (hex)." };
        var subject = new Option<string?>("--subject") { Description = "The certificate's subject (CN=…, O=…): any certificate of the trusted CA with it." };
        var file = new Option<string?>("--file") { Description = "A certificate file (PEM or DER): its SHA-256 thumbprint is mapped." };
        var addCertificate = new Command("add-certificate", "Map a client certificate to the carrier (by thumbprint or subject).") { code, thumbprint, subject, file };
        addCertificate.SetAction(p => AddCertificate(Folder(p.GetValue(data)), p.GetValue(code)!, p.GetValue(thumbprint), p.GetValue(subject), p.GetValue(file),
            Console.Out, Console.Error));

        foreach (var sub in new[] { list, add, issue, rotate, revoke, addCertificate }) command.Subcommands.Add(sub);
        return command;
    }

    internal static int Add(string folder, string code, string? name, bool requireCertificate, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        if (!CarrierCode().IsMatch(code)) return Fail(error, $"'{code}' is not a carrier code (2-3 capital letters or digits)");
        var registry = CarrierRegistry.Read(folder);
        if (registry.Carriers.Any(c => c.Code == code)) return Fail(error, $"carrier {code} is already registered (issue-key or rotate-key to give it a key)");
        var (id, key) = CarrierRegistry.NewKey();
        var carrier = new CarrierEntry(code, name, requireCertificate, [new CarrierKeyEntry(id, CarrierKeys.Hash(key), now, null)], []);
        CarrierRegistry.Write(folder, new CarrierRegistryFile([.. registry.Carriers, carrier]));
        PrintKey(output, code, id, key);
        return 0;
    }

    internal static int Rotate(string folder, string code, TimeSpan? grace, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        var registry = CarrierRegistry.Read(folder);
        if (registry.Carriers.FirstOrDefault(c => c.Code == code) is not { } carrier) return Fail(error, $"carrier {code} is not registered (gateway carriers add {code})");
        var (id, key) = CarrierRegistry.NewKey();
        var keys = carrier.Keys
            .Select(k => grace is { } g && (k.Expires is null || k.Expires > now + g) ? k with { Expires = now + g } : k)
            .Append(new CarrierKeyEntry(id, CarrierKeys.Hash(key), now, null)).ToList();
        Replace(folder, registry, carrier with { Keys = keys });
        PrintKey(output, code, id, key);
        if (grace is { } until) output.WriteLine($"the carrier's earlier keys expire at {(now + until).ToString("u", CultureInfo.InvariantCulture)}");
        return 0;
    }

    internal static int Revoke(string folder, string code, string keyId, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        var registry = CarrierRegistry.Read(folder);
        if (registry.Carriers.FirstOrDefault(c => c.Code == code) is not { } carrier) return Fail(error, $"carrier {code} is not registered");
        if (carrier.Keys.All(k => k.Id != keyId)) return Fail(error, $"carrier {code} has no key {keyId}");
        Replace(folder, registry, carrier with { Keys = [.. carrier.Keys.Select(k => k.Id == keyId ? k with { Expires = now } : k)] });
        output.WriteLine($"key {keyId} of {code} revoked");
        return 0;
    }

    internal static int AddCertificate(string folder, string code, string? thumbprint, string? subject, string? file, TextWriter output, TextWriter error)
    {
        var registry = CarrierRegistry.Read(folder);
        if (registry.Carriers.FirstOrDefault(c => c.Code == code) is not { } carrier) return Fail(error, $"carrier {code} is not registered");
        if (new[] { thumbprint, subject, file }.Count(v => v is { Length: > 0 }) != 1) return Fail(error, "give exactly one of --thumbprint, --subject, --file");
        CarrierCertificateEntry entry;
        if (file is { Length: > 0 })
        {
            using var certificate = X509CertificateLoader.LoadCertificateFromFile(file);
            entry = new CarrierCertificateEntry(CarrierKeys.Thumbprint(certificate), null);
            output.WriteLine($"{file}: subject {certificate.Subject}, expires {certificate.NotAfter.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture)}");
        }
        else if (thumbprint is { Length: > 0 })
        {
            string hex = thumbprint.Replace(":", "", StringComparison.Ordinal).ToLowerInvariant();
            if (!Sha256Hex().IsMatch(hex)) return Fail(error, "--thumbprint must be a SHA-256 thumbprint: 64 hex digits");
            entry = new CarrierCertificateEntry(hex, null);
        }
        else
        {
            try
            {
                entry = new CarrierCertificateEntry(null, CarrierKeys.Subject(subject!));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return Fail(error, $"--subject '{subject}' is not a distinguished name (CN=…, O=…)");
            }
        }
        Replace(folder, registry, carrier with { Certificates = [.. carrier.Certificates, entry] });
        output.WriteLine($"certificate {entry.Thumbprint ?? entry.Subject} mapped to {code}");
        return 0;
    }

    internal static int List(string folder, bool json, TextWriter output)
    {
        var registry = CarrierRegistry.Read(folder);
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(registry, CarrierRegistryJson.Default.CarrierRegistryFile));
            return 0;
        }
        if (registry.Carriers.Count == 0) output.WriteLine($"no carriers registered in {Path.Combine(folder, CarrierRegistry.FileName)}");
        foreach (var c in registry.Carriers)
        {
            output.WriteLine($"{c.Code}{(c.Name is null ? "" : "  " + c.Name)}{(c.RequireCertificate ? "  (client certificate required)" : "")}");
            foreach (var k in c.Keys)
            {
                string state = k.Expires is null ? "active" : $"expires {k.Expires.Value.ToString("u", CultureInfo.InvariantCulture)}";
                output.WriteLine($"  key {k.Id}  issued {k.Issued.ToString("u", CultureInfo.InvariantCulture)}  {state}");
            }
            foreach (var cert in c.Certificates) output.WriteLine($"  certificate {(cert.Thumbprint is { } t ? "sha256 " + t : "subject " + cert.Subject)}");
        }
        return 0;
    }

    private static void Replace(string folder, CarrierRegistryFile registry, CarrierEntry carrier) =>
        CarrierRegistry.Write(folder, new CarrierRegistryFile([.. registry.Carriers.Select(c => c.Code == carrier.Code ? carrier : c)]));

    private static void PrintKey(TextWriter output, string code, string id, string key)
    {
        output.WriteLine($"API key for {code} (id {id}), shown once; only its SHA-256 is stored:");
        output.WriteLine(key);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("carriers: " + message);
        return 2;
    }

    private static string Folder(string? option) => option ?? new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build()["Gateway:DataFolder"] ?? "data";

    [GeneratedRegex("^[A-Z0-9]{2,3}$")]
    private static partial Regex CarrierCode();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Gateway.Cli;
using Gateway.IntegrationTests.Service;
using Gateway.Security;

namespace Gateway.IntegrationTests.Carriers;

/// <summary>
/// Carrier client certificates on a real Kestrel over TLS with a generated CA: a mapped certificate is the carrier, an
/// unknown or self-signed one is refused, the API key still works; and the <c>gateway carriers</c> registry's keys.
/// </summary>
public sealed class CarrierCertificateTests : IAsyncLifetime
{
    private static readonly Uri CarrierRoute = new("/api/v1/pnr/requests", UriKind.Relative);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-mtls-").FullName;
    private readonly TestCertificates _certificates;
    private readonly X509Certificate2 _ke, _oz, _unknown;
    private GatewayServer _server = null!;

    public CarrierCertificateTests()
    {
        _certificates = new TestCertificates(_data);
        _ke = _certificates.Client("CN=KE gateway client, O=Korean Air");
        _oz = _certificates.Client("CN=OZ gateway client, O=Asiana Airlines");
        _unknown = _certificates.Client("CN=someone, O=Not a carrier");
    }

    public async Task InitializeAsync()
    {
        string kePem = Path.Combine(_data, "ke.pem");
        File.WriteAllText(kePem, _ke.ExportCertificatePem());
        using var quiet = new StringWriter();
        Assert.Equal(0, CarriersCommand.Add(_data, "KE", "Korean Air", false, DateTimeOffset.UtcNow, quiet, quiet));
        Assert.Equal(0, CarriersCommand.AddCertificate(_data, "KE", null, null, kePem, quiet, quiet));
        _server = await GatewayServer.StartAsync(_data, TimeProvider.System, new Dictionary<string, string?>
        {
            ["urls"] = "https://127.0.0.1:0",
            ["Kestrel:Certificates:Default:Path"] = _certificates.ServerCertificatePath,
            ["Kestrel:Certificates:Default:KeyPath"] = _certificates.ServerKeyPath,
            ["Gateway:ClientCertificates:TrustedCa"] = _certificates.CaPath,
            ["Gateway:Carriers:OZ:CertificateSubjects:0"] = "CN=OZ gateway client,O=Asiana Airlines",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        foreach (var c in new[] { _ke, _oz, _unknown }) c.Dispose();
        _certificates.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private HttpClient Client(X509Certificate2? certificate, string? key = null)
    {
        var handler = new HttpClientHandler { ClientCertificateOptions = ClientCertificateOption.Manual, ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        if (certificate is not null) handler.ClientCertificates.Add(certificate);
        var client = new HttpClient(handler) { BaseAddress = _server.Address };
        if (key is not null) client.DefaultRequestHeaders.Add(CarrierAuth.Header, key);
        return client;
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_certificate_mapped_by_thumbprint_or_subject_is_its_carrier_without_a_key()
    {
        using var ke = Client(_ke);
        Assert.Equal(HttpStatusCode.OK, (await ke.GetAsync(CarrierRoute)).StatusCode);
        using var oz = Client(_oz);
        Assert.Equal(HttpStatusCode.OK, (await oz.GetAsync(CarrierRoute)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_certificate_is_refused_saying_it_is_not_registered()
    {
        using var client = Client(_unknown);
        var response = await client.GetAsync(CarrierRoute);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("is not registered for a carrier", await Detail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_signed_certificate_with_a_mapped_subject_is_refused()
    {
        using var rogue = TestCertificates.SelfSigned("CN=OZ gateway client, O=Asiana Airlines");
        using var client = Client(rogue);
        var response = await client.GetAsync(CarrierRoute);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("must chain to the carriers' CA", await Detail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_still_works_with_or_without_a_certificate_but_not_with_another_carriers()
    {
        using var keyOnly = Client(null, _server.Keys.DevelopmentKeys["KE"]);
        Assert.Equal(HttpStatusCode.OK, (await keyOnly.GetAsync(CarrierRoute)).StatusCode);
        using var both = Client(_ke, _server.Keys.DevelopmentKeys["KE"]);
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync(CarrierRoute)).StatusCode);
        using var mixed = Client(_oz, _server.Keys.DevelopmentKeys["KE"]);
        var response = await mixed.GetAsync(CarrierRoute);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("the API key and the client certificate belong to different carriers", await Detail(response));
    }

    [Fact]
    public async Task A_key_issued_by_the_carriers_command_works_and_after_rotation_with_no_grace_only_the_new_one_does()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, CarriersCommand.Rotate(_data, "KE", null, DateTimeOffset.UtcNow, output, error));
        string first = output.ToString().Split('\n')[1].Trim();
        Assert.StartsWith("gw_", first, StringComparison.Ordinal);
        Assert.DoesNotContain(first, File.ReadAllText(Path.Combine(_data, CarrierRegistry.FileName)), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1.1));   // the service looks at the registry file at most once a second
        using (var client = Client(null, first)) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CarrierRoute)).StatusCode);

        using var rotated = new StringWriter();
        Assert.Equal(0, CarriersCommand.Rotate(_data, "KE", TimeSpan.Zero, DateTimeOffset.UtcNow, rotated, error));
        string second = rotated.ToString().Split('\n')[1].Trim();
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        using (var client = Client(null, second)) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CarrierRoute)).StatusCode);
        using (var client = Client(null, first))
        {
            var response = await client.GetAsync(CarrierRoute);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("is not valid", await Detail(response), StringComparison.Ordinal);
        }
        using var listed = new StringWriter();
        Assert.Equal(0, CarriersCommand.List(_data, false, listed));
        Assert.Contains("KE  Korean Air", listed.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, listed.ToString().Split('\n').Count(l => l.TrimStart().StartsWith("key k_", StringComparison.Ordinal)));
        Assert.Contains("certificate sha256 " + CarrierKeys.Thumbprint(_ke), listed.ToString(), StringComparison.Ordinal);
    }
}

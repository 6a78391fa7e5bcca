using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Contrl;
using Gateway.Adapters.Cusres;

namespace Gateway.IntegrationTests.Service;

/// <summary>
/// Whatever a carrier route accepts it answers well-formed: CUSRES that carries what the request carried, the CONTRL a
/// carrier asks for, 413 for oversized bodies with the security headers every answer promises, no-store on PNR.
/// </summary>
public sealed class CarrierAnswerTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-answers-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(_data, _clock);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A PAXLST interactive request for KE0702 NRT→ICN with <paramref name="passengers"/> travellers and correct counts.</summary>
    internal static string Paxlst(int passengers, string sender = "KE:ZZ", string syntax = "UNOA:4", string reference = "1", string acknowledgement = "",
        Func<int, string>? avf = null)
    {
        var body = new List<string>
        {
            "BGM+745", "RFF+TN:KE0702IA1", "TDT+20+KE0702+++KE", "LOC+125+NRT", "DTM+189:2611221130:201", "LOC+87+ICN", "DTM+232:2611221400:201",
        };
        for (int i = 1; i <= passengers; i++)
        {
            string n = i.ToString("0000", CultureInfo.InvariantCulture);
            body.AddRange([$"NAD+FL+++PARK{(char)('A' + (i % 26))}:SUJIN", "ATT+2++F", "DTM+329:920202", "NAT+2+KOR",
                $"RFF+AVF:{avf?.Invoke(i) ?? "AB" + n}", $"RFF+ABO:{n}", $"DOC+P:110:111+M9999{n}", "DTM+36:300101", "LOC+91+KOR"]);
        }
        body.Add($"CNT+42:{passengers}");
        return $"UNA:+.? 'UNB+{syntax}+{sender}+KRIMMI:ZZ+261122:0010+IA0001++IAPI{acknowledgement}'" +
               $"UNH+{reference}+PAXLST:D:05B:UN:IATA+KE0702/261122/1130+01:F'" + string.Join("'", body) +
               $"'UNT+{body.Count + 2}+{reference}'UNZ+1+IA0001'";
    }

    private async Task<HttpResponseMessage> CheckAsync(string paxlst)
    {
        using var client = _server.Client();
        return await client.PostAsync(new Uri("/api/v1/iapi", UriKind.Relative), GatewayServer.Edifact(paxlst));
    }

    [Fact]
    public async Task A_check_with_a_16_character_message_reference_is_answered_with_a_reference_that_fits_UNH()
    {
        var response = await CheckAsync(Paxlst(1, reference: "ABCDEFGHIJKLMNOP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(CusresReader.Read(await response.Content.ReadAsStringAsync()).Responses);
        Assert.Equal(AnswerReferences.MessageReference("ABCDEFGHIJKLMNOP"), answer.Header.MessageReference);
        Assert.Equal(14, answer.Header.MessageReference.Length);
        Assert.Equal("KE0702/261122/1130", answer.Header.CommonAccessReference);   // correlation is echoed as sent
    }

    [Fact]
    public async Task A_check_from_a_sender_with_an_underscore_under_UNOA_is_answered_at_UNOB_to_that_sender()
    {
        var response = await CheckAsync(Paxlst(2, sender: "KE_DCS:ZZ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("UNA:+.? 'UNB+UNOB:4+KRIMMI:ZZ+KE_DCS:ZZ+", text, StringComparison.Ordinal);
        var answer = Assert.Single(CusresReader.Read(text).Responses);
        Assert.Equal(("KE_DCS", 2), (answer.Header.Recipient, answer.Passengers.Count()));
    }

    [Fact]
    public async Task A_check_of_120_passengers_is_answered_in_two_messages_of_one_interchange()
    {
        var response = await CheckAsync(Paxlst(120));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        var answers = CusresReader.Read(text).Responses;
        Assert.Equal([99, 21], answers.Select(a => a.Passengers.Count()));
        Assert.Equal(Enumerable.Range(1, 120).Select(i => i.ToString("0000", CultureInfo.InvariantCulture)),
            answers.SelectMany(a => a.Passengers).Select(p => p.PassengerReference));
        Assert.Contains("+01:C'", text, StringComparison.Ordinal);
        Assert.Contains("+02:F'", text, StringComparison.Ordinal);
        Assert.Equal(2, answers.Select(a => a.Header.MessageReference).Distinct().Count());
        Assert.All(answers, a => Assert.Equal("KE0702IA1", a.TransactionReference));
    }

    [Fact]
    public async Task A_check_with_a_reference_no_CUSRES_can_carry_is_refused_with_400_naming_the_traveller()
    {
        var response = await CheckAsync(Paxlst(3, avf: i => i == 2 ? new string('X', 71) : "AB" + i.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("traveller 2 (RFF 1154)", problem.GetProperty("where").GetString());
        Assert.Contains("at most 70", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_sent_with_accept_edifact_gets_a_positive_contrl_and_the_report_stays_at_its_location()
    {
        using var client = _server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/manifests", UriKind.Relative)) { Content = GatewayServer.Edifact(Paxlst(2)) };
        request.Headers.Accept.ParseAdd("application/edifact");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/edifact", response.Content.Headers.ContentType?.MediaType);
        var report = Assert.Single(ContrlReader.Read(await response.Content.ReadAsStringAsync()).Reports);
        Assert.Equal(("IA0001", ContrlActions.Acknowledged, null), (report.Interchange.Reference, report.Interchange.Action, report.Interchange.ErrorCode));
        Assert.Equal([("1", ContrlActions.Acknowledged)], report.Messages.Select(m => (m.Reference, m.Action)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task A_list_whose_UNB_asks_for_an_acknowledgement_gets_its_contrl_in_the_answer_and_one_that_does_not_gets_none()
    {
        using var client = _server.Client();
        var asked = await (await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), GatewayServer.Edifact(Paxlst(1, acknowledgement: "++1"))))
            .Content.ReadFromJsonAsync<JsonElement>();
        var report = Assert.Single(ContrlReader.Read(asked.GetProperty("contrl").GetString()!).Reports);
        Assert.Equal(ContrlActions.Acknowledged, report.Interchange.Action);

        var unasked = await (await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), GatewayServer.Edifact(Paxlst(1, reference: "2"))))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, unasked.GetProperty("contrl").ValueKind);
    }

    [Fact]
    public async Task A_list_with_a_wrong_UNT_count_asking_for_an_acknowledgement_is_processed_and_acknowledged_without_an_error_code()
    {
        using var client = _server.Client();
        // One traveller: 7 heading segments, 9 for the traveller, CNT, and UNH/UNT: 19.
        string miscounted = Paxlst(1, acknowledgement: "++1").Replace("'UNT+19+1'", "'UNT+99+1'", StringComparison.Ordinal);
        Assert.Contains("UNT+99", miscounted, StringComparison.Ordinal);
        var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), GatewayServer.Edifact(miscounted));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var report = Assert.Single(ContrlReader.Read(answer.GetProperty("contrl").GetString()!).Reports);
        var message = Assert.Single(report.Messages);
        Assert.Equal((ContrlActions.Acknowledged, null), (message.Action, message.ErrorCode));
    }

    [Fact]
    public async Task Two_passenger_lists_of_one_flight_in_one_interchange_are_refused_with_400_not_a_503_that_no_retry_cures()
    {
        // Found by the fuzz test: both lists filed the flight's one report at once, and the store refused the second on every retry.
        const string two = "UNB+UNOA:4+YYDCS+BORDERAPI+250314:0901+I0000102++APIS'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+M1'" +
                           "UNH+M2+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+M2'UNZ+2+I0000102'";
        using var client = _server.Client();
        var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), GatewayServer.Edifact(two));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UNH M2", problem.GetProperty("where").GetString());
    }

    [Fact]
    public async Task A_check_whose_UNB_asks_gets_its_contrl_after_the_cusres_and_in_the_json_answer()
    {
        var response = await CheckAsync(Paxlst(1, acknowledgement: "++1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        int second = text.IndexOf("UNA", 3, StringComparison.Ordinal);
        Assert.True(second > 0, text);
        Assert.Single(CusresReader.Read(text[..second]).Responses);
        var report = Assert.Single(ContrlReader.Read(text[second..]).Reports);
        Assert.Equal([("1", ContrlActions.Acknowledged)], report.Messages.Select(m => (m.Reference, m.Action)));
    }

    [SharedTheory]
    [InlineData("gtas_parsers_pnrNoOrgMsg.txt", "PNR-MSG-MISSING", 1)]
    [InlineData("gtas_parsers_pnrBadFormat.txt", "PNR-END-REPAIRED", 1)]
    public async Task Pnrgov_pushes_that_gtas_reads_are_stored_with_their_repair_reported(string sample, string note, int pnrs)
    {
        using var carrier = _server.Client();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(SharedPaths.Get("samples", "pnrgov", sample)));
        content.Headers.ContentType = new("application/edifact");
        var response = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pnrs, answer.GetProperty("pnrs").GetInt32());
        Assert.Contains(answer.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith(note, StringComparison.Ordinal));
        var stored = await carrier.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(pnrs, stored.GetProperty("pnrs").GetArrayLength());
    }

    [Fact]
    public async Task A_pnr_push_sent_with_accept_edifact_gets_its_contrl()
    {
        using var carrier = _server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/pnr", UriKind.Relative)) { Content = GatewayServer.Edifact(Pnrgov) };
        request.Headers.Accept.ParseAdd("application/edifact");
        var response = await carrier.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = Assert.Single(ContrlReader.Read(await response.Content.ReadAsStringAsync()).Reports);
        Assert.Equal(("PNR01", "3", ContrlActions.Acknowledged), (report.Interchange.Reference, report.SyntaxVersion, report.Interchange.Action));
        Assert.Equal(HttpStatusCode.OK, (await carrier.GetAsync(response.Headers.Location)).StatusCode);
    }

    private const string Pnrgov = "UNA:+.?*'UNB+IATA:1+KE+KRIMMI+261122:0012+PNR01'UNH+1+PNRGOV:13:1:IA+KE0702/221126/1130'MSG+:22'ORG+KE:SEL'" +
        "TVL+221126:1130:221126:1400+NRT+ICN+KE+0702'EQN+1'SRC'RCI+KE:ABC123::201126:0900'TIF+KIM+MINJUN:A:1'UNT+9+1'UNZ+1+PNR01'";

    public static TheoryData<string, string> BodyRoutes => new()
    {
        { "KE", "/api/v1/manifests" },
        { "KE", "/api/v1/iapi" },
        { "KE", "/api/v1/pnr" },
        { "KE", "/api/v1/declarations" },
        { "KE", "/api/v1/notices" },
        { "KE", "/api/v1/landing-permits" },
        { "officer", "/api/v1/hits/h_x/review" },
        { "pnr-officer", "/api/v1/pnr/requests" },
    };

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task An_oversized_body_gets_413_as_a_problem_with_the_security_headers(string who, string route)
    {
        string credential = who == "KE"
            ? $"{Gateway.Security.CarrierAuth.Header}: {_server.Keys.DevelopmentKeys["KE"]}"
            : $"Authorization: Bearer {_server.Token("lee", "PIN-1", who)}";

        var (status, headers, body) = await PostDeclaringAsync(route, credential, 11 * 1024 * 1024);

        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", headers["content-type"].Split(';')[0]);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
    }

    /// <summary>
    /// A raw HTTP/1.1 POST that declares <paramref name="length"/> bytes and sends only the first few: Kestrel refuses by
    /// the declared length, and an HTTP client that insisted on sending all of it would meet the closed connection.
    /// </summary>
    private async Task<(int Status, Dictionary<string, string> Headers, string Body)> PostDeclaringAsync(string route, string credential, long length)
    {
        string type = route == "/api/v1/pnr" ? "application/edifact" : "application/json";   // the PNR route takes EDIFACT only (415 otherwise)
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_server.Address.Host, _server.Address.Port);
        var stream = tcp.GetStream();
        string head = $"POST {route} HTTP/1.1\r\nHost: {_server.Address.Authority}\r\n{credential}\r\nContent-Type: {type}\r\n" +
                      $"Content-Length: {length.ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + new string(' ', 4096)));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string statusLine = await reader.ReadLineAsync() ?? "";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (string? line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        string rest = await reader.ReadToEndAsync();   // Connection: close: the server ends the stream after its answer
        var body = new StringBuilder();
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            for (int at = 0; ;)
            {
                int eol = rest.IndexOf("\r\n", at, StringComparison.Ordinal);
                int size = int.Parse(rest[at..eol], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0) break;
                body.Append(rest, eol + 2, size);
                at = eol + 2 + size + 2;
            }
        }
        else body.Append(rest);
        return (int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture), headers, body.ToString());
    }

    [Fact]
    public async Task Pnr_search_answers_and_the_carriers_own_read_back_are_not_stored_by_caches()
    {
        using var carrier = _server.Client();
        var pushed = await carrier.PostAsync(new Uri("/api/v1/pnr", UriKind.Relative), GatewayServer.Edifact(Pnrgov.Replace("PNR01", "PNR02", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);

        var own = await carrier.GetAsync(pushed.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(own.Headers.CacheControl?.NoStore, "the carrier's PNR read-back");

        using var officer = _server.Officer("kim", "PIN-42", "pnr-officer");
        var search = await officer.GetAsync(new Uri("/api/v1/pnr?flight=KE702&purpose=case%2042", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.True(search.Headers.CacheControl?.NoStore, "the PNR search");
    }
}

using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;

namespace Gateway.UnitTests.Contrl;

/// <summary>CONTRL for interchanges that were read: positive acknowledgements, receipts, and deviations read past.</summary>
public sealed class ContrlAcknowledgementTests
{
    private static readonly ContrlOptions Options = new() { Clock = ContrlFiles.Clock };

    private static ContrlReport? Acknowledge(string file, ContrlOptions? options = null) =>
        ContrlResponder.Acknowledge(EdifactReader.Read(ContrlFiles.Crafted(file)), options ?? Options);

    [Fact]
    public void Acknowledgement_requested_and_all_fine_gives_a_positive_contrl_in_syntax_4()
    {
        var report = Acknowledge("acknowledgement_requested.edi")!;
        Assert.Equal("4", report.SyntaxVersion);
        Assert.Equal(new InterchangeResponse("I0000106", new PartyId("YYDCS", "ZZ"), new PartyId("BORDERAPI", "ZZ"), ContrlActions.Acknowledged), report.Interchange);
        Assert.Equal([("M1", ContrlActions.Acknowledged), ("M2", ContrlActions.Acknowledged)], report.Messages.Select(m => (m.Reference, m.Action)));
        Assert.False(report.AnyRejected);

        string text = ContrlWriter.Write(report, Options);
        Assert.Equal(
            "UNA:+.? 'UNB+UNOA:4+BORDERAPI:ZZ+YYDCS:ZZ+20250314:0930+CI0000106'UNH+1+CONTRL:4:1:UN'" +
            "UCI+I0000106+YYDCS:ZZ+BORDERAPI:ZZ+7'UCM+M1+PAXLST:D:05B:UN:IATA+7'UCM+M2+PAXLST:D:05B:UN:IATA+7'UNT+5+1'UNZ+1+CI0000106'",
            text);
        Assert.Equal(report, Assert.Single(ContrlReader.Read(text).Reports));
    }

    [Fact]
    public void Positive_acknowledgement_can_be_the_uci_alone()
    {
        var report = Acknowledge("acknowledgement_requested.edi", new ContrlOptions { ListMessages = false, Clock = ContrlFiles.Clock })!;
        Assert.Empty(report.Messages);
        Assert.Equal(ContrlActions.Acknowledged, report.Interchange.Action);
    }

    [Fact]
    public void Receipt_requested_gives_action_8_in_syntax_3()
    {
        var report = Acknowledge("receipt_requested.edi")!;
        Assert.Equal(("3", ContrlActions.Received), (report.SyntaxVersion, report.Interchange.Action));
        Assert.Empty(report.Messages);
        Assert.Contains("UNH+1+CONTRL:2:2:UN'UCI+I0000107+YYDCS+BORDERAPI+8'", ContrlWriter.Write(report, Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_asked_and_nothing_wrong_means_no_contrl_unless_the_agreement_says_always()
    {
        string text = ContrlFiles.Crafted("receipt_requested.edi").Replace("++APIS++2'", "++APIS'", StringComparison.Ordinal);
        Assert.Null(ContrlResponder.Acknowledge(EdifactReader.Read(text), Options));
        var always = ContrlResponder.Acknowledge(EdifactReader.Read(text), new ContrlOptions { Always = true, Clock = ContrlFiles.Clock });
        Assert.Equal(ContrlActions.Acknowledged, always!.Interchange.Action);
    }

    private static readonly ContrlOptions Strict = new() { RejectDeviations = true, Clock = ContrlFiles.Clock };

    [Fact]
    public void A_count_deviation_read_past_is_acknowledged_without_an_error_code_and_only_when_asked()
    {
        // The gateway processes the message, so the CONTRL says 7; ISO 9735 pairs a syntax error code with a rejection only.
        Assert.Null(Acknowledge("unt_count_mismatch.edi"));
        var report = Acknowledge("unt_count_mismatch.edi", new ContrlOptions { Always = true, Clock = ContrlFiles.Clock })!;
        var message = Assert.Single(report.Messages);
        Assert.Equal((ContrlActions.Acknowledged, null, null), (message.Action, message.ErrorCode, message.Tag));
        AssertCoherent(report);
        Assert.Contains("UCM+M1+PAXLST:D:05B:UN:IATA+7'", ContrlWriter.Write(report, Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_partners_get_the_deviating_message_rejected_with_code_29_even_unasked()
    {
        var report = Acknowledge("unt_count_mismatch.edi", Strict)!;
        var message = Assert.Single(report.Messages);
        Assert.Equal(new MessageResponse("M1", new MessageIdentifier("PAXLST", "D", "05B", "UN", "IATA"), ContrlActions.Rejected,
            SyntaxCodes.ControlCountMismatch, "UNT", new ErrorPosition(1), ValueList<SegmentResponse>.Empty), message);
        Assert.Equal((ContrlActions.Acknowledged, null), (report.Interchange.Action, report.Interchange.ErrorCode));
        Assert.True(report.AnyRejected);
        AssertCoherent(report);

        string text = ContrlWriter.Write(report, Options);
        Assert.Contains("UCM+M1+PAXLST:D:05B:UN:IATA+4+29+UNT+1'", text, StringComparison.Ordinal);
        Assert.Equal(report, Assert.Single(ContrlReader.Read(text).Reports));
    }

    [Fact]
    public void Group_count_and_interchange_reference_mismatches_reject_ucf_and_uci_in_strict_mode_and_nothing_below_is_acknowledged()
    {
        var report = Acknowledge("group_count_and_interchange_reference.edi", Strict)!;
        Assert.Equal((ContrlActions.Rejected, SyntaxCodes.ReferencesDoNotMatch, "UNZ", new ErrorPosition(2)),
            (report.Interchange.Action, report.Interchange.ErrorCode, report.Interchange.Tag, report.Interchange.Position));
        var group = Assert.Single(report.Groups);
        Assert.Equal(("G102", ContrlActions.Rejected, SyntaxCodes.ControlCountMismatch, "UNE", new ErrorPosition(1)),
            (group.Reference, group.Action, group.ErrorCode, group.Tag, group.Position));
        Assert.Equal(new PartyId("EXAMPLE AIR"), group.ApplicationSender);
        Assert.Empty(group.Messages);
        AssertCoherent(report);

        string text = ContrlWriter.Write(report, Options);
        Assert.Contains("UCI+I0000102+YYDCS+BORDERAPI+4+28+UNZ+2'UCF+G102+EXAMPLE AIR+BORDERAPI+4+29+UNE+1'UNT", text, StringComparison.Ordinal);
        Assert.Equal(report, Assert.Single(ContrlReader.Read(text).Reports));
    }

    [Fact]
    public void Group_and_interchange_deviations_read_past_are_acknowledged_level_by_level_when_asked()
    {
        var report = Acknowledge("group_count_and_interchange_reference.edi", new ContrlOptions { Always = true, Clock = ContrlFiles.Clock })!;
        Assert.Equal((ContrlActions.Acknowledged, null), (report.Interchange.Action, report.Interchange.ErrorCode));
        Assert.Equal(["M1", "M2"], Assert.Single(report.Groups).Messages.Select(m => m.Reference));
        AssertCoherent(report);
    }

    [Fact]
    public void A_shared_sample_with_wrong_counts_gets_both_deviations_reported_by_a_strict_partner()
    {
        // The same defects as ../shared/samples/cusres/astra_cusres_niac_to_airline_BGM132_0Z_1Z.edi: UNT 12 for 6, UNZ reference 1.
        string text = "UNB+SIRE:4+NIAC:ZZ+NORDWIND:ZZ+190819:0930+00000000001++IAPI'UNG+CUSRES+NIAC+NEW AIRLINES+190819:0930+1023+UN+D:05B'" +
                      "UNH+11085B94E1F8FA+CUSRES:D:05B:UN:IATA'BGM+132'RFF+TN:2516'ERP+2'ERC+0Z'UNT+12+11085B94E1F8FA'UNE+1+1023'UNZ+1+1'";
        var report = ContrlResponder.Acknowledge(EdifactReader.Read(text), Strict)!;
        Assert.Equal(SyntaxCodes.ReferencesDoNotMatch, report.Interchange.ErrorCode);
        var message = Assert.Single(Assert.Single(report.Groups).Messages);
        Assert.Equal((ContrlActions.Rejected, SyntaxCodes.ControlCountMismatch), (message.Action, message.ErrorCode));
        AssertCoherent(report);
    }

    [Fact]
    public void Iata_syntax_interchange_is_answered_in_syntax_3_and_a_repaired_una_is_rejected_on_uci_by_a_strict_partner()
    {
        // A PNRGOV-style IATA:1 interchange whose UNA names a typographic quote while the segments end with '.
        string text = "UNA:+.?*\u2019UNB+IATA:1+YY+BORDERAPI+250314:1000+P1++PNRGOV'UNH+1+PNRGOV:13:1:IA'MSG+:22'UNT+3+1'UNZ+1+P1'";
        var read = EdifactReader.Read(text);
        Assert.Null(ContrlResponder.Acknowledge(read, Options));
        var report = ContrlResponder.Acknowledge(read, Strict)!;
        Assert.Equal("3", report.SyntaxVersion);
        Assert.Equal((SyntaxCodes.InvalidServiceCharacter, "UNA", ContrlActions.Rejected),
            (report.Interchange.ErrorCode, report.Interchange.Tag, report.Interchange.Action));
        Assert.Empty(report.Messages);
        string contrl = ContrlWriter.Write(report, Options);
        Assert.StartsWith("UNA:+.? 'UNB+UNOA:3+BORDERAPI+YY+250314:0930+CP1'UNH+1+CONTRL:2:2:UN'UCI+P1+YY+BORDERAPI+4+22+UNA'", contrl, StringComparison.Ordinal);
    }

    /// <summary>ISO 9735: a level acknowledged (7) or received (8) carries no syntax error code; one with a code is rejected (4).</summary>
    internal static void AssertCoherent(ContrlReport report)
    {
        void Level(string what, string action, string? code) =>
            Assert.True(action == ContrlActions.Rejected || code is null, $"{what} has action {action} with error code {code}");
        Level("UCI", report.Interchange.Action, report.Interchange.ErrorCode);
        foreach (var m in report.Messages.Concat(report.Groups.SelectMany(g => g.Messages))) Level("UCM " + m.Reference, m.Action, m.ErrorCode);
        foreach (var g in report.Groups) Level("UCF " + g.Reference, g.Action, g.ErrorCode);
        if (report.Interchange.Action == ContrlActions.Rejected)
        {
            Assert.All(report.Messages.Concat(report.Groups.SelectMany(g => g.Messages)), m => Assert.Equal(ContrlActions.Rejected, m.Action));
        }
    }

    [Fact]
    public void A_contrl_is_never_answered_with_a_contrl_even_when_it_asks()
    {
        string text = ContrlFiles.Crafted("partner_contrl_syntax3.edi").Replace(":1010+C0000001'", ":1010+C0000001++++1'", StringComparison.Ordinal);
        var read = EdifactReader.Read(text);
        Assert.True(read.Interchange.AcknowledgementRequested);
        Assert.Null(ContrlResponder.Acknowledge(read, new ContrlOptions { Always = true }));
    }
}

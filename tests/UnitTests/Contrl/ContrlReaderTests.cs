using FsCheck;
using FsCheck.Fluent;
using Gateway.Adapters.Contrl;
using Gateway.Adapters.Edifact;
using Gateway.Schemas;
using Gateway.UnitTests.Cusres;

namespace Gateway.UnitTests.Contrl;

public sealed class ContrlReaderTests
{
    [Fact]
    public void Partner_contrl_in_syntax_3_reads_with_its_segment_and_element_pointers()
    {
        var result = ContrlReader.Read(ContrlFiles.Crafted("partner_contrl_syntax3.edi"));
        var report = Assert.Single(result.Reports);
        Assert.Equal("3", report.SyntaxVersion);
        Assert.Equal(("R0004711", ContrlActions.Acknowledged), (report.Interchange.Reference, report.Interchange.Action));
        var message = Assert.Single(report.Messages);
        Assert.Equal(("R1", ContrlActions.Rejected, "CUSRES"), (message.Reference, message.Action, message.Identifier.Type));
        Assert.Equal([(5, "12"), (9, "35")], message.Segments.Select(s => (s.Position, s.ErrorCode)));
        Assert.Equal(new ElementResponse("12", new ErrorPosition(2, 1)), Assert.Single(message.Segments[0].Elements));
        Assert.True(report.AnyRejected);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Ucd_before_any_ucs_is_an_error_naming_the_segment()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => ContrlReader.Read(ContrlFiles.Crafted("contrl_ucd_without_ucs.edi")));
        Assert.Equal(("UCD", 4, SyntaxCodes.NotSupportedInPosition), (e.Tag, e.SegmentNumber, e.ControlCode));
    }

    [Fact]
    public void A_cusres_is_not_a_contrl()
    {
        var e = Assert.Throws<EdifactSyntaxException>(() => ContrlReader.Read(CusresFiles.Crafted("error_acknowledgement_118.edi")));
        Assert.Contains("is a CUSRES, not a CONTRL", e.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<string> Id = ResponseGenerators.Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 14);
    private static readonly Gen<string> Code = Gen.Elements("2", "12", "13", "15", "18", "21", "22", "28", "29", "30", "32", "33", "35", "39");
    private static readonly Gen<string> Action = Gen.Elements(ContrlActions.Rejected, ContrlActions.Acknowledged, ContrlActions.Received);

    private static Gen<ErrorPosition?> Position(bool v4) =>
        Gen.Frequency((1, Gen.Constant<ErrorPosition?>(null)), (2,
            from element in Gen.Choose(1, 12)
            from component in Gen.Elements<int?>(null, 1, 2, 5)
            from occurrence in v4 ? Gen.Elements<int?>(null, 1, 3) : Gen.Constant<int?>(null)
            select (ErrorPosition?)new ErrorPosition(element, component, occurrence)));

    private static Gen<T[]> Many<T>(Gen<T> item, int max) => Gen.Choose(0, max).SelectMany(n => item.ArrayOf(n));

    private static Gen<MessageResponse> Message(bool v4) =>
        from reference in Id
        from type in Gen.Elements("PAXLST", "CUSRES", "PNRGOV")
        from association in Gen.Elements<string?>(null, "IATA")
        from action in Action
        from code in Gen.Elements<string?>(null, "29", "13")
        from tag in Gen.Elements<string?>(null, "UNH", "UNT")
        from position in Position(v4)
        from segments in Many(
            from at in Gen.Choose(2, 999)
            from segmentCode in Gen.Elements<string?>(null, "12", "15", "35")
            from elements in Many(from c in Code from p in Position(v4) where p is not null select new ElementResponse(c, p!), 3)
            select new SegmentResponse(at, segmentCode, ValueList<ElementResponse>.Own(elements)), 3)
        select new MessageResponse(reference, new MessageIdentifier(type, "D", "05B", "UN", association), action, code, tag, position,
            ValueList<SegmentResponse>.Own(segments));

    private static readonly Gen<ContrlReport> Report =
        from v4 in Gen.Elements(true, false)
        from reference in Id
        from sender in Id
        from qualifier in Gen.Elements<string?>(null, "ZZ")
        from recipient in Id
        from action in Action
        from code in Gen.Elements<string?>(null, "28", "29", "32")
        from tag in Gen.Elements<string?>(null, "UNB", "UNZ")
        from position in Position(v4)
        from messages in Many(Message(v4), 3)
        from groups in Many(
            from groupReference in Id
            from groupAction in Action
            from groupCode in Gen.Elements<string?>(null, "29")
            from groupMessages in Many(Message(v4), 3)
            select new GroupResponse(groupReference, new PartyId("APP SENDER"), new PartyId("APP", "ZZ"), groupAction, groupCode,
                groupCode is null ? null : "UNE", groupCode is null ? null : new ErrorPosition(1), ValueList<MessageResponse>.Own(groupMessages)), 2)
        select new ContrlReport(v4 ? "4" : "3",
            new InterchangeResponse(reference, new PartyId(sender, qualifier), new PartyId(recipient, qualifier), action, code, tag, position),
            ValueList<MessageResponse>.Own(messages), ValueList<GroupResponse>.Own(groups));

    [Fact]
    public void Any_report_survives_write_then_read() =>
        Prop.ForAll(Report.ToArbitrary(), report =>
        {
            var back = ContrlReader.Read(ContrlWriter.Write(report, new ContrlOptions { Clock = ContrlFiles.Clock }));
            return back.Reports.Count == 1 && back.Reports[0] == report && back.Notes.Count == 0;
        }).QuickCheckThrowOnFailure();
}

using Gateway.Adapters.Contrl;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Edifact;
using Gateway.Adapters.Paxlst;
using Gateway.Adapters.Pnrgov;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation;
using Gateway.Schemas.Responses;
using Gateway.Schemas.Pnr;

namespace Gateway.Cli;

/// <summary>Reads one input with the syntax layer and hands each message to the reader for its type.</summary>
internal static class MessageInspector
{
    public static CheckResult Inspect(string input, byte[] bytes)
    {
        try
        {
            var edifact = EdifactReader.Read(bytes);
            var interchange = edifact.Interchange;
            var messages = interchange.AllMessages.ToList();
            var summary = new InterchangeSummary(interchange.SyntaxIdentifier + ":" + interchange.SyntaxVersion, interchange.Sender,
                interchange.Recipient, interchange.ControlReference, interchange.ApplicationReference, interchange.Test, messages.Count,
                interchange.Delimiters.ToUna());
            var notes = new List<ReadNote>(edifact.Notes);
            IReadOnlyList<Manifest> manifests = [];
            IReadOnlyList<BoardingResponse> responses = [];
            IReadOnlyList<ContrlReport> reports = [];
            IReadOnlyList<PnrPush> pushes = [];
            var others = new List<MessageSummary>();
            if (messages.TrueForAll(m => m.Type == "PAXLST"))
            {
                var paxlst = PaxlstReader.Read(edifact);
                manifests = paxlst.Manifests;
                notes = [.. paxlst.Notes];
            }
            else if (messages.TrueForAll(m => m.Type == "CUSRES"))
            {
                var cusres = CusresReader.Read(edifact);
                responses = cusres.Responses;
                notes = [.. cusres.Notes];
            }
            else if (messages.TrueForAll(m => m.Type == "CONTRL"))
            {
                var contrl = ContrlReader.Read(edifact);
                reports = contrl.Reports;
                notes = [.. contrl.Notes];
            }
            else if (messages.TrueForAll(m => m.Type == "PNRGOV"))
            {
                var pnrgov = PnrgovReader.Read(edifact);
                pushes = pnrgov.Pushes;
                notes = [.. pnrgov.Notes];
            }
            else
            {
                foreach (var m in messages) others.Add(new MessageSummary(m.Reference, m.Type, m.Version, m.SegmentCount));
            }
            return new CheckResult(input, true, null, summary, [.. notes.Select(NoteView.From)], manifests, others)
            {
                Responses = responses,
                SyntaxReports = reports,
                ContrlReply = Reply(ContrlResponder.Acknowledge(edifact)),
                Pushes = pushes,
                Reports = [.. manifests.Select(m => ReportValidator.Validate(m, ValidationContext.At(DateTimeOffset.UtcNow)))],
            };
        }
        catch (EdifactSyntaxException e)
        {
            return CheckResult.Failed(input, CheckError.From(e)) with { ContrlReply = Reply(ContrlResponder.Reject(bytes, e)) };
        }
    }

    private static IReadOnlyList<string> Reply(ContrlReport? report) => report is null ? [] : ContrlText.Describe(report);
}

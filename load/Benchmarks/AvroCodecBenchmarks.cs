using Avro.Generic;
using Avro.IO;
using BenchmarkDotNet.Attributes;
using Gateway.Adapters.Events;
using Gateway.Schemas.Events;
using Gateway.TestSupport;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.Benchmarks;

/// <summary>
/// Avro single-object encode/decode per event through Apache.Avro (the classes generated from the schemas, specific
/// writer and reader), plus the generic reader for reference and the mapping from the gateway's list record that the
/// producer pays on top. ReportAccepted carries a 10-traveller list; SubmissionReceived a 4 KiB raw message. The output
/// buffer is reused, as a producer does.
/// <c>dotnet run -c Release --project load/Benchmarks -- --filter *AvroCodec* --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class AvroCodecBenchmarks
{
    private static readonly EventCodec<Events.ReportAccepted> Reports = EventCodec<Events.ReportAccepted>.Instance;
    private static readonly EventCodec<Events.SubmissionReceived> Submissions = EventCodec<Events.SubmissionReceived>.Instance;
    private readonly MemoryStream _buffer = new(64 * 1024);
    private Events.ReportAccepted _report = null!;
    private Gateway.Schemas.Manifests.Manifest _manifest = null!;
    private Events.SubmissionReceived _submission = null!;
    private byte[] _reportAvro = null!;
    private byte[] _submissionAvro = null!;
    private GenericDatumReader<GenericRecord> _genericReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = SampleEvents.Report(10);
        _manifest = SampleEvents.Manifest(10);
        _submission = SampleEvents.Submission(4096);
        _reportAvro = Reports.Encode(_report);
        _submissionAvro = Submissions.Encode(_submission);
        var schema = EventSchemas.Get("ReportAccepted");
        _genericReport = new GenericDatumReader<GenericRecord>(schema, schema);
        Console.WriteLine($"// sizes: report avro {_reportAvro.Length} B; submission avro {_submissionAvro.Length} B");
    }

    [Benchmark]
    public long Report_Avro_encode()
    {
        _buffer.SetLength(0);
        Reports.Write(_buffer, _report);
        return _buffer.Length;
    }

    [Benchmark]
    public long Report_map_from_manifest_and_encode()
    {
        _buffer.SetLength(0);
        Reports.Write(_buffer, Events.ReportAccepted.For(_report.eventId, _report.submissionId, _report.flightKey, DateTimeOffset.UnixEpoch,
            _manifest, _report.findings, _report.reportId, _report.carrier));
        return _buffer.Length;
    }

    [Benchmark]
    public Events.ReportAccepted Report_Avro_decode() => Reports.Decode(_reportAvro);

    [Benchmark]
    public GenericRecord Report_Avro_decode_generic()
    {
        using var body = new MemoryStream(_reportAvro, SingleObjectEncoding.HeaderLength, _reportAvro.Length - SingleObjectEncoding.HeaderLength, false);
        return _genericReport.Read(null!, new BinaryDecoder(body));
    }

    [Benchmark]
    public long Submission_Avro_encode()
    {
        _buffer.SetLength(0);
        Submissions.Write(_buffer, _submission);
        return _buffer.Length;
    }

    [Benchmark]
    public Events.SubmissionReceived Submission_Avro_decode() => Submissions.Decode(_submissionAvro);
}

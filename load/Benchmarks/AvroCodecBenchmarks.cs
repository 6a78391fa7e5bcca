using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gateway.Schemas.Avro;
using Gateway.Schemas.Avro.Codecs;
using Gateway.Schemas.Events;
using Gateway.TestSupport;

namespace Gateway.Benchmarks;

/// <summary>
/// Avro encode/decode per event against System.Text.Json source-generated serialization of the same records.
/// ReportAccepted carries a 10-traveller list; SubmissionReceived a 4 KiB raw message. Output buffers are reused,
/// as a producer does. <c>dotnet run -c Release --project load/Benchmarks -- --filter *AvroCodec* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class AvroCodecBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _json = null!;
    private ReportAccepted _report = null!;
    private SubmissionReceived _submission = null!;
    private byte[] _reportAvro = null!;
    private byte[] _reportJson = null!;
    private byte[] _submissionAvro = null!;
    private byte[] _submissionJson = null!;
    private GenericDatumReader _genericReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = new Utf8JsonWriter(_buffer);
        _report = SampleEvents.Report(10);
        _submission = SampleEvents.Submission(4096);
        _reportAvro = ReportAcceptedCodec.Instance.Encode(_report);
        _reportJson = JsonSerializer.SerializeToUtf8Bytes(_report, AvroJsonContext.Default.ReportAccepted);
        _submissionAvro = SubmissionReceivedCodec.Instance.Encode(_submission);
        _submissionJson = JsonSerializer.SerializeToUtf8Bytes(_submission, AvroJsonContext.Default.SubmissionReceived);
        _genericReport = new GenericDatumReader(EventSchemas.ReportAccepted);
        Console.WriteLine($"// sizes: report avro {_reportAvro.Length} B, json {_reportJson.Length} B; submission avro {_submissionAvro.Length} B, json {_submissionJson.Length} B");
    }

    [Benchmark]
    public int Report_Avro_encode()
    {
        _buffer.ResetWrittenCount();
        ReportAcceptedCodec.Instance.WriteSingleObject(_buffer, _report);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Report_Json_encode()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        JsonSerializer.Serialize(_json, _report, AvroJsonContext.Default.ReportAccepted);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public ReportAccepted Report_Avro_decode() => ReportAcceptedCodec.Instance.Decode(_reportAvro);

    [Benchmark]
    public ReportAccepted? Report_Json_decode() => JsonSerializer.Deserialize(_reportJson, AvroJsonContext.Default.ReportAccepted);

    [Benchmark]
    public object? Report_Avro_decode_generic() => _genericReport.Decode(_reportAvro.AsSpan(SingleObjectEncoding.HeaderLength));

    [Benchmark]
    public int Submission_Avro_encode()
    {
        _buffer.ResetWrittenCount();
        SubmissionReceivedCodec.Instance.WriteSingleObject(_buffer, _submission);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Submission_Json_encode()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        JsonSerializer.Serialize(_json, _submission, AvroJsonContext.Default.SubmissionReceived);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public SubmissionReceived Submission_Avro_decode() => SubmissionReceivedCodec.Instance.Decode(_submissionAvro);

    [Benchmark]
    public SubmissionReceived? Submission_Json_decode() => JsonSerializer.Deserialize(_submissionJson, AvroJsonContext.Default.SubmissionReceived);
}

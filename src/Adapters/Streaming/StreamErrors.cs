using System.Net.Http;
using Confluent.Kafka;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// Tells transient failures (worth retrying: a broker or the store down, a timeout) from permanent ones (the message
/// can never get through: dead-letter it at once). Permanent: a <see cref="PermanentMessageException"/> anywhere in the
/// chain of causes; a Kafka error about the message itself (too large, invalid record, a serializer's rejection that
/// is not a network failure). Everything else is transient, so an unknown failure is retried up to its limit and then
/// dead-lettered — never retried forever, never dropped.
/// </summary>
public static class StreamErrors
{
    private static readonly HashSet<ErrorCode> PermanentKafkaErrors =
    [
        ErrorCode.MsgSizeTooLarge,
        ErrorCode.RecordListTooLarge,
        ErrorCode.InvalidRecord,
        ErrorCode.InvalidMsgSize,
    ];

    /// <summary>Whether retrying <paramref name="error"/> cannot help.</summary>
    public static bool IsPermanent(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PermanentMessageException:
                    return true;
                case KafkaException k when PermanentKafkaErrors.Contains(k.Error.Code):
                    return true;
                case KafkaException { Error.Code: ErrorCode.Local_ValueSerialization or ErrorCode.Local_KeySerialization } k:
                    // The serializer refused the value: permanent, unless it failed on its way to the schema registry.
                    return !IsNetworkFailure(k.InnerException);
            }
        }
        return false;
    }

    /// <summary>The reason written into a dead letter and the log: the error and its causes, innermost last.</summary>
    public static string Reason(Exception error)
    {
        var reason = new System.Text.StringBuilder();
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (reason.Length > 0) reason.Append(" <- ");
            reason.Append(e.GetType().Name).Append(": ").Append(e.Message);
        }
        return reason.ToString();
    }

    private static bool IsNetworkFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or IOException or System.Net.Sockets.SocketException or TaskCanceledException) return true;
            // A registry that answered 4xx rejected the schema; no answer, or 5xx, 408 or 429, is the network's or the registry's trouble.
            if (e is HttpRequestException h && h.StatusCode is not { } status) return true;
            if (e is HttpRequestException { StatusCode: { } code } && ((int)code >= 500 || (int)code is 408 or 429)) return true;
        }
        return false;
    }
}

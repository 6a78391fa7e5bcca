using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// What happens to a delivered message, the same on every backbone (embedded, outbox, Kafka), which only deliver and
/// commit: the handler runs in a Polly retry pipeline — transient failures are tried again, up to
/// <see cref="StreamOptions.MaxAttempts"/> attempts with exponential, jittered pauses from
/// <see cref="StreamOptions.RetryDelay"/> to <see cref="StreamOptions.MaxRetryDelay"/>; a permanent failure
/// (<see cref="StreamErrors.IsPermanent"/>) is not retried — and a message that cannot be handled is logged with the
/// reason and handed to the backbone's dead-letter destination (<see cref="IEventStream.DeadLetterAsync"/>), so the
/// partition moves on and nothing is dropped silently.
/// </summary>
public sealed partial class MessageHandling
{
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _deadLetterRetry;
    private readonly ILogger _log;

    /// <summary>Creates the handling for the given settings.</summary>
    public MessageHandling(StreamOptions options, ILogger? log = null)
    {
        _log = log ?? NullLogger.Instance;
        _retry = Retry(options.MaxAttempts - 1, options.RetryDelay, options.MaxRetryDelay);
        // Writing the dead letter is retried on its own: when even that keeps failing the message is left uncommitted
        // (the exception goes to the backbone) and comes again, rather than being lost.
        _deadLetterRetry = Retry(Math.Max(2, options.MaxAttempts - 1), options.RetryDelay, options.MaxRetryDelay);
    }

    /// <summary>
    /// A retry pipeline for transient failures only: <paramref name="retries"/> retries (none when 0), exponential
    /// back-off with jitter. Cancellation and permanent failures pass straight through (<see cref="IsTransient"/>).
    /// </summary>
    public static ResiliencePipeline Retry(int retries, TimeSpan delay, TimeSpan maxDelay)
    {
        if (retries < 1) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = a => ValueTask.FromResult(IsTransient(a.Outcome.Exception, a.Context.CancellationToken)),
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = delay,
                MaxDelay = maxDelay < delay ? delay : maxDelay,
            })
            .Build();
    }

    /// <summary>
    /// Whether a retry or a circuit breaker counts <paramref name="error"/>: every failure that is not permanent, unless
    /// the caller is cancelling (<paramref name="cancellation"/>). A cancellation the caller did not ask for (an HTTP
    /// client's own timeout, say) is transient like any other.
    /// </summary>
    public static bool IsTransient(Exception? error, CancellationToken cancellation) =>
        error is not null && !cancellation.IsCancellationRequested && !StreamErrors.IsPermanent(error);

    /// <summary>
    /// Handles one delivered message: the handler with retries, then, if it still fails, the dead letter. Returns
    /// true when the message is done with (handled or dead-lettered: commit its position), false when
    /// <paramref name="cancellationToken"/> stopped it first (do not commit: it is delivered again).
    /// </summary>
    /// <param name="message">The message as delivered (its <see cref="ReceivedMessage.Attempt"/> is set per attempt).</param>
    /// <param name="handler">The consumer's handler.</param>
    /// <param name="deadLetters">The backbone whose dead-letter destination takes the message.</param>
    /// <param name="cancellationToken">Stops handling.</param>
    public async Task<bool> HandleAsync(ReceivedMessage message, Func<ReceivedMessage, CancellationToken, Task> handler, IEventStream deadLetters,
        CancellationToken cancellationToken)
    {
        int attempts = 0;
        try
        {
            await _retry.ExecuteAsync(async ct =>
            {
                attempts++;
                await handler(message with { Attempt = attempts }, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            var letter = DeadLetter.Of(message, e, attempts);
            return await DeadLetterAsync(letter, StreamErrors.IsPermanent(e), deadLetters, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Logs a message given up (with the reason) and writes it to the backbone's dead-letter destination, retrying
    /// transient failures of that write. Returns false when cancelled first.
    /// </summary>
    public async Task<bool> DeadLetterAsync(DeadLetter letter, bool permanent, IEventStream deadLetters, CancellationToken cancellationToken)
    {
        LogDeadLetter(letter.Topic, letter.Origin, letter.Message.MessageId, letter.Attempts, permanent ? "permanent" : "transient", letter.Reason);
        try
        {
            await _deadLetterRetry.ExecuteAsync(static async (state, ct) => await state.deadLetters.DeadLetterAsync(state.letter, ct).ConfigureAwait(false),
                (deadLetters, letter), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "dead letter: {Topic} message {MessageId} from {Origin} given up after {Attempts} attempt(s), {Kind} failure: {Reason}")]
    private partial void LogDeadLetter(string topic, string origin, string messageId, int attempts, string kind, string reason);
}

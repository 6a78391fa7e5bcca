using Gateway.Adapters.Streaming;
using Gateway.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Gateway.Pipeline;

/// <summary>
/// The Polly pipeline every publish of the relay goes through, built from <c>Gateway:Stream:Relay</c>: retries with
/// exponential, jittered back-off (<c>MaxRetries</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>) around a circuit breaker
/// (<c>FailureRatio</c> of the rounds over <c>SamplingDuration</c>, at least <c>MinimumThroughput</c> of them, opens for
/// <c>BreakDuration</c>) around a timeout per attempt (<c>AttemptTimeout</c>). Only transient failures count
/// (<see cref="MessageHandling.IsTransient"/>): a permanent one is not retried and does not open the circuit.
/// </summary>
public static partial class RelayResilience
{
    /// <summary>Builds the pipeline.</summary>
    public static ResiliencePipeline Build(RelaySettings s, ILogger log)
    {
        var builder = new ResiliencePipelineBuilder();
        if (s.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = a => ValueTask.FromResult(MessageHandling.IsTransient(a.Outcome.Exception, a.Context.CancellationToken)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = s.RetryDelay,
                MaxDelay = s.MaxRetryDelay < s.RetryDelay ? s.RetryDelay : s.MaxRetryDelay,
                MaxRetryAttempts = s.MaxRetries,
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = a => ValueTask.FromResult(MessageHandling.IsTransient(a.Outcome.Exception, a.Context.CancellationToken)),
                FailureRatio = s.FailureRatio,
                MinimumThroughput = s.MinimumThroughput,
                SamplingDuration = s.SamplingDuration,
                BreakDuration = s.BreakDuration,
                OnOpened = a => { LogCircuit(log, "opened", a.BreakDuration.TotalSeconds); return ValueTask.CompletedTask; },
                OnClosed = _ => { LogCircuit(log, "closed", 0); return ValueTask.CompletedTask; },
            })
            .AddTimeout(s.AttemptTimeout)
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "relay circuit {State} (break {Seconds} s)")]
    private static partial void LogCircuit(ILogger log, string state, double seconds);
}

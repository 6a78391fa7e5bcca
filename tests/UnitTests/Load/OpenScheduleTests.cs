using Gateway.Runner.Engine;

namespace Gateway.UnitTests.Load;

public sealed class OpenScheduleTests
{
    [Fact]
    public void Requests_are_due_at_fixed_intervals_from_the_start()
    {
        var s = new OpenSchedule(1000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), long.MaxValue);
        Assert.Equal(TimeSpan.Zero, s.At(0));
        Assert.Equal(TimeSpan.FromMilliseconds(1), s.At(1));
        Assert.Equal(TimeSpan.FromSeconds(1.5), s.At(1500));
        Assert.Equal((3000L, 1000L), (s.Total, s.WarmupCount));
        Assert.False(s.IsMeasured(999));
        Assert.True(s.IsMeasured(1000));
    }

    [Fact]
    public void The_maximum_count_bounds_the_run_and_its_warm_up()
    {
        var s = new OpenSchedule(1000, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), 500);
        Assert.Equal((500L, 500L), (s.Total, s.WarmupCount));
    }

    [Theory]
    [InlineData(0.0, 1L, "the first request is due at once")]
    [InlineData(0.0009, 1L, "the second is due at 1 ms, not before")]
    [InlineData(0.001, 2L, "exactly at 1 ms it is due")]
    [InlineData(0.0105, 11L, "between requests: those due so far")]
    [InlineData(100.0, 3000L, "after the end: the whole schedule, no more")]
    [InlineData(-1.0, 0L, "before the start: none")]
    public void DueBy_counts_the_requests_whose_time_has_come(double seconds, long expected, string reason)
    {
        var s = new OpenSchedule(1000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), long.MaxValue);
        Assert.True(expected == s.DueBy(TimeSpan.FromSeconds(seconds)), reason);
    }

    [Fact]
    public void Awkward_rates_agree_with_At_at_every_boundary()
    {
        var s = new OpenSchedule(333.3, TimeSpan.Zero, TimeSpan.FromSeconds(3), long.MaxValue);
        for (long i = 1; i < s.Total; i++)
        {
            Assert.Equal(i + 1, s.DueBy(s.At(i)));
            Assert.Equal(i, s.DueBy(s.At(i) - TimeSpan.FromTicks(1)));
        }
    }

    [Fact]
    public void The_dispatcher_keeps_starting_requests_when_none_has_finished()
    {
        // Open model: a server that never answers must not slow the schedule down.
        var s = new OpenSchedule(500, TimeSpan.Zero, TimeSpan.FromSeconds(2), long.MaxValue);
        var dispatcher = new Dispatcher(s);
        var started = new List<long>();
        for (int ms = 0; ms <= 2100; ms += 7) dispatcher.FireDue(TimeSpan.FromMilliseconds(ms), started.Add);
        Assert.Equal(s.Total, started.Count);
        Assert.Equal(Enumerable.Range(0, (int)s.Total).Select(i => (long)i), started);
        Assert.True(dispatcher.Done);
    }

    [Fact]
    public void A_late_wake_up_starts_every_request_it_owes_at_once()
    {
        var s = new OpenSchedule(1000, TimeSpan.Zero, TimeSpan.FromSeconds(1), long.MaxValue);
        var dispatcher = new Dispatcher(s);
        Assert.Equal(1, dispatcher.FireDue(TimeSpan.Zero, _ => { }));
        Assert.Equal(50, dispatcher.FireDue(TimeSpan.FromMilliseconds(50), _ => { }));
        Assert.Equal(TimeSpan.FromMilliseconds(1), dispatcher.UntilNext(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void Latency_counts_from_the_scheduled_start_not_from_when_the_request_went_out()
    {
        var s = new OpenSchedule(10, TimeSpan.Zero, TimeSpan.FromSeconds(1), long.MaxValue);
        var recorder = new Recorder(s);
        // Request 5 was due at 0.5 s, went out late at 0.9 s and was answered at 1.0 s: 500 ms, not 100 ms.
        recorder.Started(5, TimeSpan.FromSeconds(0.9));
        recorder.Finished(5, TimeSpan.FromSeconds(1.0), null, null);
        Assert.InRange(recorder.Measured.Max, 500_000, 500_001);
        Assert.InRange(recorder.DispatchLag.Max, 400_000, 400_001);
    }

    [Theory]
    [InlineData(0.0, "a zero rate")]
    [InlineData(-5.0, "a negative rate")]
    [InlineData(double.PositiveInfinity, "an infinite rate")]
    public void A_schedule_refuses_a_rate_that_is_not_a_positive_number(double rate, string reason)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenSchedule(rate, TimeSpan.Zero, TimeSpan.FromSeconds(1), 10));
        _ = reason;
    }
}

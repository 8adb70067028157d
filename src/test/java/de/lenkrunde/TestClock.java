package de.lenkrunde;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock until a test sets it, then standing at the set instant
 * until moved on with {@link #advance}. {@link IntegrationTest} resets it before every test.
 */
@Component
@Primary
public class TestClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = fixed;
        return now == null ? system.withZone(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? system.instant() : now;
    }

    /** From now on the clock stands at {@code instant}. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Moves the standing clock on (from the system time when it was not set). */
    public void advance(Duration duration) {
        this.fixed = instant().plus(duration);
    }

    /** Back to the system clock. */
    public void reset() {
        this.fixed = null;
    }
}

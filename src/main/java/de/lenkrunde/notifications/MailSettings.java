package de.lenkrunde.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * The outbox's settings: attempts, back-off between them, how long a claimed mail belongs to the node that
 * claimed it, the sender address and the base URL that links in mails start with.
 */
@Component
class MailSettings {

    private final int maxAttempts;
    private final List<Duration> backoff;
    private final Duration claimTimeout;
    private final String from;
    private final String baseUrl;

    MailSettings(@Value("${lenkrunde.mail.max-attempts:4}") int maxAttempts,
                 @Value("${lenkrunde.mail.backoff:1m,5m,30m}") List<Duration> backoff,
                 @Value("${lenkrunde.mail.claim-timeout:10m}") Duration claimTimeout,
                 @Value("${lenkrunde.mail.from:lenkrunde@localhost}") String from,
                 @Value("${lenkrunde.base-url:http://localhost:8080}") String baseUrl) {
        if (maxAttempts < 1 || backoff.isEmpty()) {
            throw new IllegalArgumentException("lenkrunde.mail.max-attempts must be >= 1 and lenkrunde.mail.backoff not empty");
        }
        this.maxAttempts = maxAttempts;
        this.backoff = List.copyOf(backoff);
        this.claimTimeout = claimTimeout;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after the given failed attempt (1-based); the last back-off repeats. */
    Duration backoffAfter(int attempt) {
        return backoff.get(Math.min(Math.max(attempt, 1), backoff.size()) - 1);
    }

    Duration claimTimeout() {
        return claimTimeout;
    }

    String from() {
        return from;
    }

    /** An absolute link to a route of the application, or {@code null} without a route. */
    String link(String route) {
        if (route == null || route.isBlank()) {
            return null;
        }
        return baseUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}

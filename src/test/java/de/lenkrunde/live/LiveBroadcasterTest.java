package de.lenkrunde.live;

import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LiveBroadcasterTest {

    private final LiveBroadcaster broadcaster = new LiveBroadcaster();

    @AfterEach
    void clearTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    private static LiveEvent event(long meetingId, LiveEvent.Kind kind) {
        return new LiveEvent(meetingId, kind, 7L, Instant.parse("2026-12-09T17:00:00Z"));
    }

    @Test
    void subscribers_of_a_meeting_get_its_events_and_only_its_events() {
        List<LiveEvent> first = new ArrayList<>();
        List<LiveEvent> second = new ArrayList<>();
        List<LiveEvent> other = new ArrayList<>();
        broadcaster.subscribe(1, first::add);
        broadcaster.subscribe(1, second::add);
        broadcaster.subscribe(2, other::add);

        broadcaster.publish(event(1, LiveEvent.Kind.NOTES_SAVED));

        assertThat(first).extracting(LiveEvent::kind).containsExactly(LiveEvent.Kind.NOTES_SAVED);
        assertThat(second).extracting(LiveEvent::kind).containsExactly(LiveEvent.Kind.NOTES_SAVED);
        assertThat(other).isEmpty();
    }

    @Test
    void after_unsubscribing_a_listener_gets_nothing_and_the_meeting_entry_is_gone() {
        List<LiveEvent> received = new ArrayList<>();
        Registration registration = broadcaster.subscribe(1, received::add);
        broadcaster.publish(event(1, LiveEvent.Kind.STATE_CHANGED));

        registration.remove();
        registration.remove();   // twice is harmless
        broadcaster.publish(event(1, LiveEvent.Kind.STATE_CHANGED));

        assertThat(received).hasSize(1);
        assertThat(broadcaster.subscriberCount(1)).isZero();
    }

    @Test
    void the_same_listener_subscribed_twice_is_called_twice_and_each_registration_removes_its_own() {
        List<LiveEvent> received = new ArrayList<>();
        java.util.function.Consumer<LiveEvent> listener = received::add;
        Registration one = broadcaster.subscribe(1, listener);
        broadcaster.subscribe(1, listener);

        broadcaster.publish(event(1, LiveEvent.Kind.SPEAKERS_CHANGED));
        one.remove();
        broadcaster.publish(event(1, LiveEvent.Kind.SPEAKERS_CHANGED));

        assertThat(received).hasSize(3);
        assertThat(broadcaster.subscriberCount(1)).isEqualTo(1);
    }

    @Test
    void publishing_walks_a_snapshot_so_listeners_may_unsubscribe_and_subscribe_while_being_called() {
        List<String> calls = new ArrayList<>();
        AtomicReference<Registration> self = new AtomicReference<>();
        self.set(broadcaster.subscribe(1, e -> {
            calls.add("first");
            self.get().remove();                                         // leaves during the delivery
            broadcaster.subscribe(1, later -> calls.add("added later")); // joins during the delivery
        }));
        broadcaster.subscribe(1, e -> calls.add("second"));

        broadcaster.publish(event(1, LiveEvent.Kind.ATTENDANCE_CHANGED));
        assertThat(calls).containsExactly("first", "second");

        calls.clear();
        broadcaster.publish(event(1, LiveEvent.Kind.ATTENDANCE_CHANGED));
        assertThat(calls).containsExactly("second", "added later");
    }

    @Test
    void a_failing_listener_does_not_stop_the_others() {
        List<LiveEvent> before = new ArrayList<>();
        List<LiveEvent> after = new ArrayList<>();
        broadcaster.subscribe(1, before::add);
        broadcaster.subscribe(1, e -> {
            throw new IllegalStateException("UI detached meanwhile");
        });
        broadcaster.subscribe(1, after::add);

        broadcaster.publish(event(1, LiveEvent.Kind.NOTES_SAVED));

        assertThat(before).hasSize(1);
        assertThat(after).hasSize(1);
    }

    @Test
    void inside_a_transaction_the_event_waits_for_the_commit() {
        List<LiveEvent> received = new ArrayList<>();
        broadcaster.subscribe(1, received::add);
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);

        broadcaster.publish(event(1, LiveEvent.Kind.NOTES_SAVED));
        assertThat(received).as("not before the commit").isEmpty();

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_COMMITTED);
        assertThat(received).hasSize(1);
    }

    @Test
    void a_rolled_back_transaction_broadcasts_nothing() {
        List<LiveEvent> received = new ArrayList<>();
        broadcaster.subscribe(1, received::add);
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);

        broadcaster.publish(event(1, LiveEvent.Kind.SPEAKERS_CHANGED));
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(received).isEmpty();
    }

    @Test
    void concurrent_subscribing_and_unsubscribing_loses_no_subscription() throws Exception {
        int threads = 8;
        int perThread = 500;
        List<Registration> kept = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        Registration registration = broadcaster.subscribe(1, e -> { });
                        if (i % 2 == 0) {
                            registration.remove();
                        } else {
                            kept.add(registration);
                        }
                        broadcaster.publish(event(1, LiveEvent.Kind.STATE_CHANGED));
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(broadcaster.subscriberCount(1)).isEqualTo(threads * perThread / 2);
        kept.forEach(Registration::remove);
        assertThat(broadcaster.subscriberCount(1)).isZero();
    }
}

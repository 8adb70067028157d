package de.lenkrunde.live;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-process push for running meetings (DESIGN.md §4 "Live means push"): views subscribe per meeting on attach,
 * remove the registration on detach, and apply what they receive with {@code ui.access(...)} — listeners are
 * called on the publishing thread and must return quickly.
 * <p>
 * {@link #publish} inside a transaction delivers after its commit (a {@link TransactionSynchronization}); a
 * rolled-back change is never broadcast. Outside a transaction it delivers at once. Each delivery walks a snapshot
 * of the meeting's listeners (a copy-on-write list), so listeners may unsubscribe while being called, and one
 * failing listener is logged and does not stop the others.
 * <p>
 * One application node only: a second node would need a shared channel (e.g. the database or a message broker).
 */
@Component
public class LiveBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final ConcurrentMap<Long, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

    /**
     * Calls {@code listener} with every event of the meeting until the returned registration is removed. The same
     * listener subscribed twice is called twice (each registration removes its own subscription).
     */
    public Registration subscribe(long meetingId, Consumer<LiveEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Subscriber subscriber = new Subscriber(listener);
        subscribers.compute(meetingId, (id, list) -> {
            List<Subscriber> result = list == null ? new CopyOnWriteArrayList<>() : list;
            result.add(subscriber);
            return result;
        });
        return () -> subscribers.computeIfPresent(meetingId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Tells the meeting's listeners: after the commit of the current transaction, or at once when there is none.
     */
    public void publish(LiveEvent event) {
        Objects.requireNonNull(event, "event");
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    /** How many listeners the meeting has (for tests and monitoring). */
    public int subscriberCount(long meetingId) {
        List<Subscriber> list = subscribers.get(meetingId);
        return list == null ? 0 : list.size();
    }

    private void deliver(LiveEvent event) {
        List<Subscriber> list = subscribers.get(event.meetingId());
        if (list == null) {
            return;
        }
        for (Subscriber subscriber : list) {   // the copy-on-write list iterates a snapshot
            try {
                subscriber.listener().accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A live listener of meeting {} failed on {}; the others are still told", event.meetingId(), event.kind(), e);
            }
        }
    }

    /** A subscription, compared by identity (the same listener may be subscribed twice). */
    private static final class Subscriber {

        private final Consumer<LiveEvent> listener;

        Subscriber(Consumer<LiveEvent> listener) {
            this.listener = listener;
        }

        Consumer<LiveEvent> listener() {
            return listener;
        }
    }
}

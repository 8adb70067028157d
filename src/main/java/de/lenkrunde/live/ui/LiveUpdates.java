package de.lenkrunde.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import de.lenkrunde.live.LiveBroadcaster;
import de.lenkrunde.live.LiveEvent;

import java.util.function.Consumer;

/**
 * Subscribes a view to its meeting's live events while it is attached (DESIGN.md §4: "Live means push") and
 * applies them inside {@code ui.access}, so member screens and the projector follow the chair without reloading.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    static void follow(Component view, LiveBroadcaster broadcaster, java.util.function.LongSupplier meetingId,
                       Consumer<LiveEvent> apply) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener((AttachEvent attach) -> {
            UI ui = attach.getUI();
            subscription[0] = broadcaster.subscribe(meetingId.getAsLong(),
                    event -> ui.access(() -> apply.accept(event)));
        });
        view.addDetachListener((DetachEvent detach) -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }
}

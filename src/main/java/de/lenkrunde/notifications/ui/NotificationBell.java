package de.lenkrunde.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import de.lenkrunde.notifications.InboxService;
import org.springframework.modulith.NamedInterface;

import java.util.ArrayList;
import java.util.List;

/**
 * The bell in the navbar: opens "Mitteilungen" and shows the number of unread notifications as a badge.
 * Screen readers hear the number through the button's aria-label. It counts again at every navigation
 * and when the inbox view marks notifications read. Exposed to the shell (home) as a named interface.
 */
@NamedInterface("bell")
public class NotificationBell extends Button {

    static final String ROUTE = "mitteilungen";

    private final InboxService inbox;
    private final Span badge = new Span();
    private final List<Registration> registrations = new ArrayList<>();
    private int unread;

    public NotificationBell(InboxService inbox) {
        this.inbox = inbox;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.addClassName("notification-bell-count");
        setSuffixComponent(badge);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ROUTE)));
        refresh();
    }

    /** Counts the unread notifications again. */
    public void refresh() {
        unread = inbox.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notifications.bell.none")
                : getTranslation("notifications.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    public int unread() {
        return unread;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        registrations.add(ui.addAfterNavigationListener(e -> refresh()));
        registrations.add(ComponentUtil.addListener(ui, InboxChanged.class, e -> refresh()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        super.onDetach(detachEvent);
    }
}

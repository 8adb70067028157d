package de.lenkrunde.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ReferenceLinks;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.notifications.InboxItem;
import de.lenkrunde.notifications.InboxService;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's notifications, newest first: read what is new, open what it is about. */
@Route(NotificationBell.ROUTE)
@Menu(title = "menu.notifications", order = 5, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    private final InboxService inbox;
    private final Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
    private final EmptyState empty;
    private final Button markAll;

    public NotificationsView(InboxService inbox) {
        this.inbox = inbox;
        markAll = new Button(getTranslation("notifications.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), e -> markAllRead());
        empty = new EmptyState(getTranslation("notifications.empty"));

        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("notifications.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.dateTime(item.createdAt())).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true).setFlexGrow(0);
        // the message is what matters: it gets the room and wraps instead of being cut off
        grid.addColumn(item -> item.summary(getLocale())).setHeader(getTranslation("notifications.message")).setFlexGrow(3);
        grid.addComponentColumn(this::subject).setKey("subject").setHeader(getTranslation("notifications.subject")).setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::markReadButton).setKey("markRead").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> inbox.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> inbox.count());
        grid.setEmptyStateText(getTranslation("notifications.empty"));

        Div content = new Div(empty, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("notifications.title"), markAll), content);
        refresh();
    }

    private Component state(InboxItem item) {
        Span badge = new Span(getTranslation(item.unread() ? "notifications.state.unread" : "notifications.state.read"));
        badge.getElement().getThemeList().add(item.unread() ? "badge primary" : "badge contrast");
        return badge;
    }

    private Component subject(InboxItem item) {
        if (item.subject() == null || item.subject().label() == null) {
            return new Span();
        }
        return ReferenceLinks.linkOrText(item.subject().route(), item.subject().label());
    }

    private Component markReadButton(InboxItem item) {
        if (!item.unread()) {
            return new Span();
        }
        Button button = new Button(getTranslation("notifications.markRead"), e -> {
            inbox.markRead(item.id());
            changed();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void markAllRead() {
        int marked = inbox.markAllRead();
        Toasts.success(getTranslation("notifications.markedAllRead", marked));
        changed();
    }

    private void changed() {
        refresh();
        getUI().ifPresent(InboxChanged::fire);
    }

    private void refresh() {
        boolean any = inbox.count() > 0;
        empty.setVisible(!any);
        grid.setVisible(any);
        markAll.setEnabled(inbox.unreadCount() > 0);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " – " + getTranslation("app.name");
    }
}

package de.lenkrunde.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.notifications.MailStatus;
import de.lenkrunde.notifications.OutboxMail;
import de.lenkrunde.notifications.OutboxService;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;

/**
 * The mail outbox for admins: every mail per recipient (a guest with their name) with its status and the
 * names of its attachments (read per page, without the bytes); a failed mail can be sent again.
 */
@Route("verwaltung/postausgang")
@Menu(title = "menu.admin.outbox", order = 63, icon = "vaadin:envelopes")
@RolesAllowed("ADMIN")
public class OutboxView extends Main implements HasDynamicTitle {

    private final OutboxService outbox;
    private final Grid<OutboxMail> grid = new Grid<>(OutboxMail.class, false);
    private final ComboBox<MailStatus> status = new ComboBox<>();

    public OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(Arrays.asList(MailStatus.values()));
        status.setItemLabelGenerator(this::statusLabel);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> String.join(", ", m.attachmentNames())).setHeader(getTranslation("outbox.attachments"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.dateTime(m.sentAt())).setHeader(getTranslation("outbox.sentAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::lastError).setHeader(getTranslation("outbox.lastError")).setFlexGrow(1);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> outbox.list(status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> outbox.count(status.getValue()));
        grid.setEmptyStateText(getTranslation("outbox.empty"));

        HorizontalLayout filters = new HorizontalLayout(status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div content = new Div();
        if (!outbox.mailServerConfigured()) {
            Paragraph hint = new Paragraph(getTranslation("outbox.noServer"));
            hint.addClassName("outbox-no-server");
            content.add(hint);
        }
        content.add(filters, grid);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("outbox.title")), content);
    }

    private String recipient(OutboxMail mail) {
        return mail.toGuest() && mail.recipientName() != null
                ? getTranslation("outbox.guestRecipient", mail.recipientName(), mail.toAddress())
                : mail.toAddress();
    }

    private Component statusBadge(OutboxMail mail) {
        Span badge = new Span(statusLabel(mail.status()));
        badge.getElement().getThemeList().add(switch (mail.status()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case HELD -> "badge contrast";
            case PENDING -> "badge";
        });
        return badge;
    }

    private Component retryButton(OutboxMail mail) {
        if (mail.status() != MailStatus.FAILED) {
            return new Span();
        }
        Button retry = new Button(getTranslation("outbox.retry"), e -> {
            outbox.retry(mail.id());
            Toasts.success(getTranslation("outbox.retried"));
            grid.getDataProvider().refreshAll();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private String statusLabel(MailStatus value) {
        return switch (value) {
            case PENDING -> getTranslation("outbox.status.PENDING");
            case SENT -> getTranslation("outbox.status.SENT");
            case FAILED -> getTranslation("outbox.status.FAILED");
            case HELD -> getTranslation("outbox.status.HELD");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – " + getTranslation("app.name");
    }
}

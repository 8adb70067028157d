package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.ui.AttachmentsPanel;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.Download;
import de.lenkrunde.meetings.InviteeInfo;
import de.lenkrunde.meetings.MeetingAction;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.notifications.MailDelivery;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The meeting page: status, date and place, the agenda as published (public and non-public part), the
 * invitees with the delivery of their invitation, attachments, and PDF/calendar downloads.
 */
@Route("sitzungen/:id([0-9]+)")
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("");
    private final Div content = new Div();
    private MeetingDetails meeting;

    public MeetingView(MeetingService meetings, DocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
        content.addClassName("view-content");
        content.addClassName("meeting-page");
        add(header, content);
    }

    public static RouteParameters parameters(long meetingId) {
        return new RouteParameters("id", String.valueOf(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            meeting = meetings.get(id);
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        render();
    }

    private void reload() {
        meeting = meetings.get(meeting.id());
        render();
    }

    private void render() {
        header.setTitle(meeting.bodyName() + ": " + meeting.data().title());
        header.clearActions();
        if (meeting.may(MeetingAction.EDIT)) {
            Button agenda = new Button(getTranslation("agenda.edit"), VaadinIcon.LIST_OL.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(AgendaBuilderView.class, AgendaBuilderView.parameters(meeting.id()))));
            Button details = new Button(getTranslation("meeting.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditorView.class, MeetingEditorView.parameters(meeting.id()))));
            header.addAction(agenda, details);
        }
        if (meeting.may(MeetingAction.PUBLISH)) {
            Button publish = new Button(getTranslation("meeting.publish"), VaadinIcon.ENVELOPE.create(),
                    e -> MeetingActions.publish(this, meetings, meeting, this::reload));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(publish);
        }
        if (meeting.may(MeetingAction.SEND_AMENDMENT)) {
            Button amend = new Button(getTranslation("meeting.amendment.send"), VaadinIcon.ENVELOPE.create(),
                    e -> MeetingActions.sendAmendment(this, meetings, meeting, this::reload));
            amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(amend);
        }
        if (meeting.status() == MeetingStatus.INVITED && meeting.may(MeetingAction.EDIT)
                || meeting.status() == MeetingStatus.IN_PROGRESS && meeting.nonPublicVisible()) {
            // the live module sits above meetings: linked by route; it sends readers without the right to run it to the live view
            Anchor console = new Anchor("sitzungen/" + meeting.id() + "/leitung", getTranslation("meeting.openConsole"));
            console.addClassName("header-link");
            header.addAction(console);
        }
        if (meeting.status() == MeetingStatus.IN_PROGRESS) {
            header.addAction(new Anchor("sitzungen/" + meeting.id() + "/live", getTranslation("meeting.followLive")));
        }
        if (meeting.may(MeetingAction.CANCEL)) {
            Button cancel = new Button(getTranslation("meeting.cancel"), e -> MeetingActions.cancel(this, meetings, meeting, this::reload));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            header.addAction(cancel);
        }

        content.removeAll();
        content.add(facts());
        if (meeting.status() == MeetingStatus.CANCELLED) {
            Div cancelled = new Div(getTranslation("meeting.cancelledNotice", Formats.dateTime(meeting.cancelledAt()),
                    meeting.cancelReason()));
            cancelled.addClassName("notice-error");
            cancelled.getElement().setAttribute("role", "status");
            content.add(cancelled);
        }
        if (meeting.amendmentPending() && meeting.may(MeetingAction.SEND_AMENDMENT)) {
            Div pending = new Div(getTranslation("meeting.amendmentPending"));
            pending.addClassName("notice-warning");
            content.add(pending);
        }
        content.add(downloads());
        if (meeting.status() == MeetingStatus.CLOSED || meeting.status() == MeetingStatus.MINUTES_APPROVED) {
            content.add(minutes());
        }
        content.add(agenda());
        if (!meeting.invitees().isEmpty()) {
            content.add(invitees());
        }
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("meeting-facts");
        facts.add(MeetingTexts.statusBadge(this, meeting.status()));
        Div when = new Div(MeetingTexts.when(this, meeting.startsAt(), meeting.endsAt()));
        when.addClassName("meeting-when");
        facts.add(when);
        Div place = new Div();
        if (meeting.data().room() != null) {
            place.add(new Span(meeting.data().room() + (meeting.data().address() == null ? "" : ", " + meeting.data().address())));
        }
        if (meeting.data().onlineLink() != null) {
            Anchor link = new Anchor(meeting.data().onlineLink(), getTranslation("meeting.onlineLink.open"));
            link.setTarget(AnchorTarget.BLANK);
            place.add(new Span(" "), link);
        }
        facts.add(place);
        String published = meeting.publishedAt() == null
                ? getTranslation("meeting.notPublished", meeting.noticePeriodDays())
                : getTranslation("meeting.publishedAt", Formats.dateTime(meeting.publishedAt()))
                + (meeting.agendaRevision() > 1 ? " · " + getTranslation("meeting.revision", meeting.agendaRevision() - 1) : "")
                + (meeting.shortNotice() ? " · " + getTranslation("meeting.shortNoticeRecorded") : "");
        facts.add(new Div(published));
        return facts;
    }

    /** The minutes belong to the minutes module above: their state comes through meetings' SPI, the page by route. */
    private Component minutes() {
        Div minutes = new Div();
        minutes.addClassName("minutes.onMeetingPage");
        meetings.minutes(meeting.id()).ifPresentOrElse(summary -> {
            Span state = new Span(getTranslation(summary.stateKey()));
            state.getElement().getThemeList().add("badge contrast");
            Anchor open = new Anchor(summary.route(), getTranslation("minutes.open"));
            open.addClassName("minutes-link");
            minutes.add(new Span(getTranslation("minutes.onMeetingPage") + ": "), state, new Span(" "), open);
        }, () -> minutes.add(new Span(getTranslation("minutes.none"))));
        return minutes;
    }

    private Component downloads() {
        Div downloads = new Div();
        downloads.addClassName("meeting-downloads");
        if (meeting.status() != MeetingStatus.PLANNED || meeting.may(MeetingAction.EDIT)) {
            String pdfLabel = getTranslation(meeting.status() == MeetingStatus.PLANNED ? "meeting.download.pdfPreview" : "meeting.download.pdf");
            downloads.add(download(pdfLabel, VaadinIcon.FILE_TEXT_O, () -> meetings.invitationPdf(meeting.id())));
        }
        if (meeting.publishedAt() != null) {
            downloads.add(download(getTranslation("meeting.download.ics"), VaadinIcon.CALENDAR, () -> meetings.calendarEntry(meeting.id())));
        }
        return downloads;
    }

    private Anchor download(String label, VaadinIcon icon, Supplier<Download> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download d = file.get();
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.add(icon.create(), new Span(" " + label));
        anchor.addClassName("download-link");
        return anchor;
    }

    private Component agenda() {
        Section section = new Section(new H2(getTranslation("agenda.title")));
        section.addClassName("agenda");
        List<AgendaEntry> publicItems = meeting.agenda().stream().filter(e -> !e.data().nonPublic()).toList();
        List<AgendaEntry> nonPublicItems = meeting.agenda().stream().filter(e -> e.data().nonPublic()).toList();
        if (meeting.agenda().isEmpty()) {
            section.add(new Paragraph(getTranslation("agenda.empty")));
            return section;
        }
        section.add(new H3(getTranslation("agenda.publicPart")), items(publicItems));
        if (meeting.nonPublicVisible() && !nonPublicItems.isEmpty()) {
            section.add(new H3(getTranslation("agenda.nonPublicPart")), items(nonPublicItems));
        }
        section.add(new Paragraph(getTranslation("agenda.totals", AgendaTotals.duration(this, meeting.plannedMinutes()),
                MeetingTexts.time(meeting.plannedAgendaEnd()), MeetingTexts.time(meeting.endsAt()))));
        return section;
    }

    private Component items(List<AgendaEntry> entries) {
        Div list = new Div();
        list.addClassName("agenda-list");
        for (AgendaEntry entry : entries) {
            Div item = new Div();
            item.addClassName("agenda-entry");
            if (entry.depth() > 0) {
                item.addClassName("sub-item");
            }
            if (entry.withdrawn()) {
                item.addClassName("withdrawn");
            }
            Span number = new Span(getTranslation("agenda.top", entry.number()));
            number.addClassName("agenda-number");
            Span title = new Span(entry.title());
            title.addClassName("agenda-title");
            Div line = new Div(number, title);
            Span kind = new Span(getTranslation("agendaItemKind." + entry.data().kind().name()));
            kind.getElement().getThemeList().add("badge contrast small");
            line.add(new Span(" "), kind);
            if (entry.withdrawn()) {
                line.add(badge(getTranslation("agenda.mark.withdrawn"), "badge error small"));
            } else if (entry.newSinceInvitation()) {
                line.add(badge(getTranslation("agenda.mark.new"), "badge success small"));
            } else if (entry.changedSinceInvitation()) {
                line.add(badge(getTranslation("agenda.mark.changed"), "badge small"));
            }
            item.add(line);
            Div meta = new Div();
            meta.addClassName("agenda-meta");
            meta.add(new Span(getTranslation("agenda.minutes", entry.data().plannedMinutes())));
            if (entry.data().presenter() != null) {
                meta.add(new Span(" · " + getTranslation("agenda.presenter", entry.data().presenter())));
            }
            if (entry.proposalId() != null) {
                meta.add(new Span(" · "), new Anchor("vorschlaege/" + entry.proposalId(), entry.proposalLabel()));
            }
            item.add(meta);
            if (entry.data().description() != null) {
                Paragraph description = new Paragraph(entry.data().description());
                description.addClassName("agenda-description");
                item.add(description);
            }
            if (!documents.list(MeetingService.DOCUMENT_KIND, entry.itemId()).isEmpty()) {
                AttachmentsPanel attachments = new AttachmentsPanel(MeetingService.DOCUMENT_KIND, entry.itemId(), documents);
                item.add(attachments);
            }
            list.add(item);
        }
        return list;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Who was invited; for planners with the delivery of the last mail to each (sent, pending, failed). */
    private Component invitees() {
        Section section = new Section(new H2(getTranslation("meeting.invitees")));
        Grid<InviteeInfo> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("meeting.invitees"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(InviteeInfo::name).setHeader(getTranslation("meeting.invitee.name")).setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.externalGuest() ? "meeting.invitee.externalGuest" : "bodyRole." + i.role()))
                .setHeader(getTranslation("meeting.invitee.role")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.nonPublic() ? "meeting.invitee.version.members" : "meeting.invitee.version.public"))
                .setHeader(getTranslation("meeting.invitee.version")).setAutoWidth(true);
        if (meeting.may(MeetingAction.EDIT) || meeting.may(MeetingAction.CANCEL)) {
            List<MailDelivery> mails = meetings.deliveries(meeting.id());
            Map<Object, MailDelivery> latest = mails.stream()
                    .collect(Collectors.toMap(m -> m.personId() != null ? (Object) m.personId() : m.address().toLowerCase(),
                            Function.identity(), (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b));
            grid.addComponentColumn(i -> delivery(latest.get(i.personId() != null ? (Object) i.personId()
                    : guestAddress(i, mails)))).setHeader(getTranslation("meeting.invitee.delivery")).setAutoWidth(true);
        }
        grid.setItems(meeting.invitees().stream().sorted(Comparator.comparing(InviteeInfo::externalGuest)).toList());
        section.add(grid);
        return section;
    }

    private Object guestAddress(InviteeInfo invitee, List<MailDelivery> mails) {
        return mails.stream().filter(m -> m.personId() == null && Objects.equals(m.recipientName(), invitee.name()))
                .map(m -> (Object) m.address().toLowerCase()).findFirst().orElse("");
    }

    private Component delivery(MailDelivery mail) {
        if (mail == null) {
            return new Span(getTranslation("meeting.delivery.noMail"));
        }
        Span status = new Span(getTranslation("outbox.status." + mail.status().name()));
        status.getElement().getThemeList().add(switch (mail.status()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            default -> "badge";
        });
        if (mail.lastError() != null) {
            status.setTitle(mail.lastError());
        }
        return status;
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("meetings.title") : meeting.bodyName() + ": " + meeting.data().title())
                + " – " + getTranslation("app.name");
    }
}

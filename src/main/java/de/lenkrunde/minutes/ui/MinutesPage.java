package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.meetings.AgendaItemState;
import de.lenkrunde.meetings.Download;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.minutes.MinutesAction;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesStatus;
import de.lenkrunde.minutes.MinutesView;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The minutes of a meeting: state, signatures, review deadline, approval; the facts, attendance and every TOP with its
 * text, motions, decisions and action items; the members' comments with the answers. Chair and minute-taker edit the
 * texts per TOP ({@link SectionEditor}) and sign; members comment or object while the review is open; the minute-taker
 * answers. Outsiders see approved minutes in the public version. {@code ?fassung=N} opens an earlier edition.
 */
@Route("sitzungen/:id([0-9]+)/niederschrift")
@PermitAll
public class MinutesPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesService service;
    private final ViewHeader header = new ViewHeader("");
    private final Div content = new Div();
    private long meetingId;
    private Integer edition;
    private MinutesView minutes;

    public MinutesPage(MinutesService service) {
        this.service = service;
        content.addClassName("view-content");
        content.addClassName("minutes-page");
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("id").orElse(0L);
        edition = event.getLocation().getQueryParameters().getSingleParameter("fassung").map(s -> {
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        try {
            reload();
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
        }
    }

    @Override
    public String getPageTitle() {
        return minutes == null ? getTranslation("minutes.heading") : getTranslation("minutes.heading") + ": " + minutes.bodyName();
    }

    void reload() {
        minutes = service.ofMeeting(meetingId, edition).orElse(null);
        render();
    }

    private void render() {
        header.clearActions();
        content.removeAll();
        if (minutes == null) {
            header.setTitle(getTranslation("minutes.heading"));
            content.add(new EmptyState(getTranslation("minutes.notYet"), new Anchor("sitzungen/" + meetingId,
                    getTranslation("minutes.backToMeeting"))));
            return;
        }
        header.setTitle(getTranslation("minutes.heading") + ": " + minutes.bodyName() + ", " + minutes.meetingTitle());
        actions();
        content.add(state(), facts(), attendance());
        List<MinutesView.Item> publicItems = minutes.items().stream().filter(i -> !i.nonPublic()).toList();
        List<MinutesView.Item> nonPublicItems = minutes.items().stream().filter(MinutesView.Item::nonPublic).toList();
        content.add(new H2(getTranslation("minutes.part.public")));
        publicItems.forEach(item -> content.add(item(item)));
        if (!nonPublicItems.isEmpty()) {
            H2 heading = new H2(getTranslation("minutes.part.nonPublic"));
            heading.addClassName("non-public");
            content.add(heading);
            nonPublicItems.forEach(item -> content.add(item(item)));
        }
    }

    private void actions() {
        if (minutes.may(MinutesAction.SIGN)) {
            Button sign = new Button(getTranslation("minutes.sign"), VaadinIcon.PENCIL.create(), e -> {
                service.sign(minutes.id(), minutes.version());
                Toasts.success(getTranslation("minutes.signed"));
                reload();
            });
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(sign);
        }
        if (minutes.may(MinutesAction.START_CIRCULATION)) {
            header.addAction(new Button(getTranslation("minutes.circulation.start"), e -> new CirculationStartDialog(service, minutes, this::reload).open()));
        }
        if (minutes.may(MinutesAction.CORRECT)) {
            header.addAction(new Button(getTranslation("minutes.correct"), e -> correctionDialog()));
        }
        if (minutes.withNonPublic()) {
            header.addAction(download(getTranslation("minutes.pdf.members"), () -> service.pdf(minutes.id(), true)));
        }
        if (minutes.status() == MinutesStatus.APPROVED) {
            header.addAction(download(getTranslation("minutes.pdf.public"), () -> service.pdf(minutes.id(), false)));
        }
    }

    private Component state() {
        Section state = new Section();
        state.addClassName("minutes-state");
        Span badge = new Span(getTranslation(MinutesTexts.statusKey(minutes)));
        badge.getElement().getThemeList().add(minutes.status() == MinutesStatus.APPROVED ? "badge success" : "badge contrast");
        Div first = new Div(badge);
        if (minutes.edition() > 1) {
            first.add(new Span(" " + getTranslation("minutes.edition", minutes.edition()) + " – " + minutes.correctionReason()));
        }
        state.add(first);
        state.add(new Div(signatureText("minutes.signature.chair", minutes.chairSignature())),
                new Div(signatureText("minutes.signature.minuteTaker", minutes.takerSignature())));
        if (minutes.signaturesVoidedAt() != null && !minutes.signed() && minutes.status() != MinutesStatus.APPROVED) {
            Div voided = new Div(getTranslation("minutes.signaturesVoided", Formats.dateTime(minutes.signaturesVoidedAt())));
            voided.addClassName("notice-warning");
            state.add(voided);
        }
        if (minutes.reviewUntil() != null && minutes.status() == MinutesStatus.RELEASED) {
            state.add(new Div(getTranslation(minutes.reviewOpen() ? "minutes.reviewUntil" : "minutes.reviewClosed",
                    Formats.date(minutes.reviewUntil()))));
        }
        if (minutes.approval() != null) {
            state.add(new Div(getTranslation("minutes.approvedBy", minutes.approval().by(), Formats.dateTime(minutes.approval().at()))));
        }
        if (minutes.supersededById() != null) {
            Div superseded = new Div(getTranslation("minutes.superseded"));
            superseded.addClassName("notice-warning");
            superseded.add(new Span(" "), new Anchor(MeetingService.minutesRoute(meetingId), getTranslation("minutes.openLatest")));
            state.add(superseded);
        }
        if (minutes.previousId() != null) {
            state.add(new Anchor(MeetingService.minutesRoute(meetingId) + "?fassung=" + (minutes.edition() - 1),
                    getTranslation("minutes.openPrevious")));
        }
        if (minutes.circulation() != null) {
            state.add(new CirculationPanel(service, minutes, this::reload));
        }
        return state;
    }

    private String signatureText(String roleKey, MinutesView.Signature signature) {
        return getTranslation(roleKey) + ": " + (signature == null ? getTranslation("minutes.notSigned")
                : getTranslation("minutes.signedBy", signature.name(), Formats.dateTime(signature.at())));
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("minutes-facts");
        fact(facts, "minutes.place", minutes.place());
        fact(facts, "minutes.date", Formats.date(minutes.meetingStartsAt()));
        fact(facts, "minutes.start", minutes.startedAt() == null ? null : Formats.dateTime(minutes.startedAt()));
        fact(facts, "minutes.end", minutes.endedAt() == null ? null : Formats.dateTime(minutes.endedAt()));
        fact(facts, "minutes.chair", minutes.chairName());
        fact(facts, "minutes.minuteTaker", minutes.minuteTakerName());
        return facts;
    }

    private void fact(Div facts, String key, String value) {
        Div row = new Div(new Span(getTranslation(key) + ": "), new Span(value == null ? "–" : value));
        row.addClassName("fact");
        facts.add(row);
    }

    private Component attendance() {
        Section section = new Section(new H2(getTranslation("minutes.attendance")));
        attendees(section, "minutes.attendance.present", minutes.attendance().present());
        attendees(section, "minutes.attendance.excused", minutes.attendance().excused());
        attendees(section, "minutes.attendance.absent", minutes.attendance().absent());
        attendees(section, "minutes.attendance.guests", minutes.attendance().guests());
        return section;
    }

    private void attendees(Section section, String key, List<MinutesView.Attendee> people) {
        if (people.isEmpty()) {
            return;
        }
        section.add(new Paragraph(getTranslation(key) + ": " + people.stream().map(a -> a.name()
                + (a.substituteFor() == null ? "" : " (" + getTranslation("minutes.attendance.substituteFor", a.substituteFor()) + ")"))
                .collect(Collectors.joining("; "))));
    }

    private Component item(MinutesView.Item item) {
        Section section = new Section();
        section.addClassName("minutes-item");
        section.getElement().setAttribute("data-item", String.valueOf(item.itemId()));
        StringBuilder title = new StringBuilder(getTranslation("minutes.item.heading", item.number(), item.title()));
        if (item.state() == AgendaItemState.WITHDRAWN || item.state() == AgendaItemState.DEFERRED) {
            title.append(" – ").append(getTranslation(item.state() == AgendaItemState.WITHDRAWN ? "agendaItemState.WITHDRAWN"
                    : "agendaItemState.DEFERRED"));
        }
        if (item.urgent()) {
            title.append(" – ").append(getTranslation("minutes.item.urgent"));
        }
        section.add(new H3(title.toString()));
        if (!item.biased().isEmpty()) {
            section.add(new Div(getTranslation("minutes.item.biased", String.join(", ", item.biased()))));
        }
        Div text = new Div();
        text.addClassName("minutes-text");
        if (item.text().isBlank()) {
            text.add(new Span(getTranslation("minutes.text.empty")));
        } else {
            text.add(new Html("<div>" + service.html(item.text()) + "</div>"));
        }
        section.add(text);
        if (minutes.may(MinutesAction.EDIT)) {
            Button edit = new Button(getTranslation("minutes.text.edit", item.number()), VaadinIcon.EDIT.create());
            edit.addClickListener(e -> {
                section.replace(text, new SectionEditor(service, minutes.id(), item, this::reload, () -> reload()));
                edit.setVisible(false);
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(edit);
        }
        for (MotionView motion : item.motions()) {
            section.add(new Div(getTranslation("minutes.motionLine", getTranslation(motionKindKey(motion)), nz(motion.moverName()),
                    nz(motion.text()), getTranslation(motionOutcomeKey(motion)), vote(motion.vote()))));
        }
        for (DecisionView decision : item.decisions()) {
            Div box = new Div();
            box.addClassName("minutes-decision");
            box.add(new Div(getTranslation("minutes.decision", decision.number())
                    + (decision.revision() > 0 ? " · " + getTranslation("minutes.decision.corrected", decision.revision()) : "")),
                    new Div(decision.text() == null ? "" : decision.text()),
                    new Div(getTranslation("minutes.decision.result", getTranslation(outcomeKey(decision)), vote(decision.vote()))));
            section.add(box);
        }
        for (ActionItemView action : item.actionItems()) {
            section.add(new Div(getTranslation("minutes.actionLine", action.description(), action.owner().name(),
                    Formats.date(action.dueDate()))));
        }
        if (minutes.withNonPublic()) {
            section.add(new ReviewComments(service, minutes, item, this::reload));
        }
        return section;
    }

    private void correctionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("minutes.correct"));
        TextArea reason = new TextArea(getTranslation("minutes.correct.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidth("min(40rem, 80vw)");
        dialog.add(new Paragraph(getTranslation("minutes.correct.explain")), reason);
        Button start = new Button(getTranslation("minutes.correct"), e -> {
            try {
                service.correct(minutes.id(), minutes.version(), reason.getValue());
                dialog.close();
                edition = null;
                reload();
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(getTranslation(invalid.errors().get(0).messageKey(), invalid.errors().get(0).arguments().values().toArray()));
                reason.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), start);
        dialog.open();
    }

    private Anchor download(String label, Supplier<Download> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download d = file.get();
            return new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + label));
        anchor.addClassName("download-link");
        return anchor;
    }

    private String vote(de.lenkrunde.decisions.Vote vote) {
        if (vote == null) {
            return "";
        }
        return switch (vote.method()) {
            case COUNTED -> getTranslation("minutes.vote.counted", vote.yes(), vote.no(), vote.abstain());
            case UNANIMOUS -> getTranslation("voteMethod.UNANIMOUS");
            case CONSENSUS -> getTranslation("voteMethod.CONSENSUS");
        };
    }

    private static String outcomeKey(DecisionView decision) {
        return "decisionOutcome." + decision.outcome().name();
    }

    private static String motionKindKey(MotionView motion) {
        return "motionKind." + motion.kind().name();
    }

    private static String motionOutcomeKey(MotionView motion) {
        return "motionOutcome." + motion.outcome().name();
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}

package de.lenkrunde.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.live.LiveBroadcaster;
import de.lenkrunde.live.LiveEvent;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.live.ProjectorService;
import de.lenkrunde.live.SpeakersService;
import de.lenkrunde.meetings.AgendaItemData;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.RunAction;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chair's console for a running meeting: start, step through the agenda (Alt+→ / Alt+←), the current
 * TOP with its timer, withdraw, defer or add an urgent TOP, notes and speakers per TOP, attendance with
 * quorum, the projector link, and close. Every step names the state version the chair saw: when the deputy
 * stepped first, the console shows the current state instead. Members' screens and the projector follow by push.
 * <p>
 * Layout: the agenda on the left, the current TOP with its controls and the work on it (notes; later the
 * motions, "Beschluss erfassen" and "Aufgabe anlegen" as further tabs) in the middle, the speakers list and attendance on the right.
 * The minute-taker sees the same console without the run controls.
 */
@Route("sitzungen/:id([0-9]+)/leitung")
@PermitAll
public class ChairConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingRunService run;
    private final LiveBroadcaster broadcaster;
    private final ViewHeader header = new ViewHeader("");
    private final CurrentItemPanel current = new CurrentItemPanel();
    private final AgendaProgress agenda;
    private final NotesEditor notes;
    private final SpeakersPanel speakers;
    private final AttendancePanel attendance;
    private final Div itemActions = new Div();
    private final DecisionPanel decision;
    private final MotionsPanel motions;
    private final ActionItemsPanel actionItems;
    private final DecisionService decisions;
    private final TabSheet work = new TabSheet();
    private final Details attendanceDetails;
    private final ProjectorService projector;
    private final Button start = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button close = new Button();
    private long meetingId;
    private RunState state;

    public ChairConsoleView(MeetingRunService run, LiveNotesService notesService, SpeakersService speakersService,
                            ProjectorService projector, LiveBroadcaster broadcaster, DecisionService decisions,
                            ActionItemService actionItemService) {
        this.run = run;
        this.decisions = decisions;
        this.decision = new DecisionPanel(decisions, this::reload);
        this.motions = new MotionsPanel(decisions, this::reload);
        this.actionItems = new ActionItemsPanel(actionItemService, this::reload);
        this.projector = projector;
        this.broadcaster = broadcaster;
        this.agenda = new AgendaProgress(itemId -> step(() -> run.goTo(meetingId, state.version(), itemId)));
        this.notes = new NotesEditor(notesService);
        this.speakers = new SpeakersPanel(speakersService);
        this.attendance = new AttendancePanel(run, this::reload);

        start.setText(getTranslation("live.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> step(() -> run.start(meetingId, state.version())));
        previous.setText(getTranslation("live.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setTooltipText(getTranslation("live.previous") + " (Alt+←)");
        previous.addClickListener(e -> step(() -> run.previous(meetingId, state.version())));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        next.setText(getTranslation("live.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.setTooltipText(getTranslation("live.next") + " (Alt+→)");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> step(() -> run.next(meetingId, state.version())));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        close.setText(getTranslation("live.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> confirmClose());
        itemActions.addClassName("item-actions");

        Div left = new Div(agenda);
        left.addClassName("console-agenda");
        HorizontalLayout navigation = new HorizontalLayout(previous, next);
        navigation.addClassName("console-navigation");
        work.add(getTranslation("live.notes"), notes);
        work.add(getTranslation("live.motions"), motions);
        work.add(getTranslation("live.decision"), decision);
        work.add(getTranslation("live.actions"), actionItems);
        work.setWidthFull();
        work.addClassName("console-work");
        Div middle = new Div(current, navigation, itemActions, work);
        middle.addClassName("console-current");
        attendanceDetails = new Details(getTranslation("live.attendance"), attendance);
        attendanceDetails.setOpened(true);
        attendanceDetails.addClassName("console-attendance-details");
        Div right = new Div(speakers, attendanceDetails);
        right.addClassName("console-attendance");
        Div columns = new Div(left, middle, right);
        columns.addClassName("console-columns");
        Div content = new Div(columns);
        content.addClassName("view-content");
        add(header, content);
        addClassName("live-console");

        LiveUpdates.follow(this, broadcaster, () -> meetingId, event -> {
            if (event.kind() == LiveEvent.Kind.PROJECTOR_LINK_CHANGED) {
                return;
            }
            reload();
            if (event.kind() == LiveEvent.Kind.NOTES_SAVED) {
                notes.refreshFromServer();
            }
        });
    }

    /** The chair needs the whole width: the navigation drawer starts closed here (its toggle stays at hand). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            layout.setDrawerOpened(false);
        }
    }

    public static RouteParameters parameters(long meetingId) {
        return new RouteParameters("id", String.valueOf(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            state = run.state(meetingId);
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        if (!state.actions().contains(RunAction.RUN) && !state.actions().contains(RunAction.TAKE_NOTES)) {
            event.forwardTo(MemberLiveView.class, MemberLiveView.parameters(meetingId));
            return;
        }
        render();
    }

    private void reload() {
        state = run.state(meetingId);
        render();
    }

    private void render() {
        boolean mayRun = state.actions().contains(RunAction.RUN);
        boolean mayNote = state.actions().contains(RunAction.TAKE_NOTES);
        boolean running = state.status() == MeetingStatus.IN_PROGRESS;
        header.setTitle(getTranslation("live.consoleTitle", state.bodyName(), state.title()));
        header.clearActions();
        Anchor memberView = new Anchor(MemberLiveView.route(meetingId), getTranslation("live.openMemberView"));
        memberView.addClassName("header-link");
        header.addAction(memberView);
        if (mayRun && (state.status() == MeetingStatus.INVITED || running)) {
            Button projectorLink = new Button(getTranslation("live.projector.link"), VaadinIcon.DESKTOP.create(),
                    e -> new ProjectorLinkDialog(projector, meetingId).open());
            header.addAction(projectorLink);
        }
        if (mayRun && state.status() == MeetingStatus.INVITED) {
            header.addAction(start);
        }
        if (mayRun && running) {
            header.addAction(close);
        }
        previous.setVisible(mayRun && running);
        next.setVisible(mayRun && running);
        current.show(state);
        agenda.show(state);
        Optional<RunItem> item = currentItem();
        itemActions.removeAll();
        if (mayRun && running && item.isPresent()) {
            itemActions.add(action("live.finish", () -> run.finishItem(meetingId, state.version(), item.get().itemId())),
                    reasonAction("live.withdraw", reason -> run.withdrawItem(meetingId, state.version(), item.get().itemId(), reason)),
                    reasonAction("live.defer", reason -> run.deferItem(meetingId, state.version(), item.get().itemId(), reason)));
        }
        if (mayRun && running) {
            Button urgent = new Button(getTranslation("live.urgent.add"), VaadinIcon.PLUS.create(), e -> urgentDialog());
            urgent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            itemActions.add(urgent);
        }
        List<AttendanceEntry> entries = run.attendance(meetingId);
        item.ifPresentOrElse(i -> {
            speakers.setVisible(true);
            notes.show(meetingId, i.itemId(), mayNote && running);
            speakers.show(meetingId, i.itemId(), entries.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).toList(),
                    mayNote && running);
            decision.show(meetingId, i.itemId());
            java.util.Optional<DecisionView> taken = decisions.ofMeeting(meetingId).stream()
                    .filter(d -> d.itemId() == i.itemId() && d.current()).findFirst();
            motions.show(meetingId, i.itemId(), entries.stream().filter(a -> a.status() == AttendanceStatus.PRESENT
                    && a.personId() != null).toList(), mayRun && running);
            actionItems.show(meetingId, i.itemId(), taken.orElse(null), mayRun && running);
        }, () -> speakers.setVisible(false));
        attendance.show(meetingId, item.map(RunItem::itemId).orElse(null), entries,
                item.map(i -> run.biasedPersons(meetingId, i.itemId())).orElse(java.util.Set.of()),
                mayNote && (running || state.status() == MeetingStatus.INVITED));
        long present = entries.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        attendanceDetails.setSummaryText(getTranslation("live.attendance.summary", present, entries.size()));
        work.setVisible(item.isPresent());
    }

    private Optional<RunItem> currentItem() {
        return state.items().stream().filter(i -> state.currentItemId() != null && i.itemId() == state.currentItemId()).findFirst();
    }

    private Button action(String key, Runnable change) {
        Button button = new Button(getTranslation(key), e -> step(change));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Button reasonAction(String key, java.util.function.Consumer<String> change) {
        Button button = new Button(getTranslation(key), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key + ".title"));
            TextArea reason = new TextArea(getTranslation("live.reason"));
            reason.setWidthFull();
            reason.setMaxLength(1000);
            dialog.add(new Paragraph(getTranslation(key + ".text")), reason);
            Button ok = new Button(getTranslation(key), c -> {
                if (step(() -> change.accept(reason.getValue()))) {
                    dialog.close();
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), ok);
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void urgentDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.urgent.title"));
        TextField title = new TextField(getTranslation("agenda.item.title"));
        title.setWidthFull();
        title.setMaxLength(300);
        Select<AgendaItemKind> kind = new Select<>();
        kind.setLabel(getTranslation("agenda.item.kind"));
        kind.setItems(Arrays.asList(AgendaItemKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("agendaItemKind." + k.name()));
        kind.setValue(AgendaItemKind.DISCUSSION);
        IntegerField minutes = new IntegerField(getTranslation("agenda.item.minutes"));
        minutes.setValue(10);
        minutes.setMin(0);
        minutes.setMax(600);
        Checkbox nonPublic = new Checkbox(getTranslation("agenda.item.nonPublic"));
        TextArea reason = new TextArea(getTranslation("live.urgent.reason"));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        dialog.add(title, new HorizontalLayout(kind, minutes), nonPublic, reason);
        Button ok = new Button(getTranslation("live.urgent.add"), e -> {
            AgendaItemData data = new AgendaItemData(title.getValue(), kind.getValue(),
                    minutes.getValue() == null ? -1 : minutes.getValue(), null, nonPublic.getValue(), null);
            if (step(() -> run.addUrgentItem(meetingId, state.version(), data, reason.getValue()))) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void confirmClose() {
        // decided TOPs count as dealt with: closing settles them as done
        List<RunItem> open = run.openAtClose(meetingId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.close.title"));
        dialog.setWidth("min(36rem, 95vw)");
        if (open.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("live.close.allDone")));
        } else {
            dialog.add(new Paragraph(getTranslation("live.close.open", open.size())), new Paragraph(open.stream()
                    .map(i -> getTranslation("agenda.top", i.number()) + " " + i.title()).collect(Collectors.joining(" · "))));
        }
        Checkbox defer = new Checkbox(getTranslation("live.close.defer"));
        defer.setValue(true);
        defer.setVisible(!open.isEmpty());
        dialog.add(defer);
        Button ok = new Button(getTranslation("live.close"), e -> {
            notes.saveIfDirty();
            if (step(() -> run.close(meetingId, state.version(), defer.getValue()))) {
                dialog.close();
                Toasts.success(getTranslation("live.closed"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs one step of the meeting; a step someone else made first shows the current state instead. */
    private boolean step(Runnable change) {
        notes.saveIfDirty();
        try {
            change.run();
            reload();
            return true;
        } catch (EditConflictException e) {
            Toasts.error(getTranslation("live.conflict"));
            reload();
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (InvalidInputException e) {
            Toasts.error(FormErrors.message(this, e.errors().get(0)));
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.console") + " – " + getTranslation("app.name");
    }
}

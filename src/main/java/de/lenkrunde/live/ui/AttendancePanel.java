package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingRunService;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The check-in list: present / excused / absent per invitee with times, guests added on the spot,
 * Stellvertretung for an absent voting member, and Befangenheit for the current TOP.
 */
class AttendancePanel extends Composite<Div> {

    private final MeetingRunService run;
    private final Runnable changed;
    private final Grid<AttendanceEntry> grid = new Grid<>();
    private final TextField guestName = new TextField();
    private long meetingId;
    private Long itemId;
    private Set<Long> biased = Set.of();
    private boolean editable;

    AttendancePanel(MeetingRunService run, Runnable changed) {
        this.run = run;
        this.changed = changed;
        grid.setAriaLabel(getTranslation("live.attendance"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("live.attendance.name")).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("live.attendance.status")).setAutoWidth(true);
        grid.addComponentColumn(this::biasCell).setHeader(getTranslation("live.attendance.biased")).setAutoWidth(true);
        guestName.setLabel(getTranslation("live.attendance.guest"));
        guestName.setMaxLength(200);
        Button addGuest = new Button(getTranslation("live.attendance.addGuest"), VaadinIcon.PLUS.create(), e -> addGuest());
        HorizontalLayout guest = new HorizontalLayout(guestName, addGuest);
        guest.setAlignItems(FlexComponent.Alignment.BASELINE);
        guest.addClassName("attendance-guest");
        getContent().add(grid, guest);
        getContent().addClassName("attendance-panel");
    }

    void show(long meetingId, Long itemId, List<AttendanceEntry> entries, Set<Long> biasedPersons, boolean editable) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.biased = biasedPersons;
        this.editable = editable;
        grid.setItems(entries);
        guestName.getParent().ifPresent(p -> p.setVisible(editable));
    }

    private Div nameCell(AttendanceEntry entry) {
        Div cell = new Div(new Span(entry.name()));
        String role = entry.guest() ? getTranslation("meeting.invitee.externalGuest") : getTranslation("bodyRole." + entry.role());
        Span meta = new Span(role + (entry.votingRight() ? " · " + getTranslation("live.attendance.voting") : "")
                + (entry.substituteForName() == null ? "" : " · " + getTranslation("live.attendance.substituteFor", entry.substituteForName())));
        meta.addClassName("attendance-meta");
        cell.add(new Div(meta));
        if (editable && entry.votingRight() && (entry.status() == AttendanceStatus.EXCUSED || entry.status() == AttendanceStatus.ABSENT)) {
            Button substitute = new Button(getTranslation("live.attendance.substitute"), e -> chooseSubstitute(entry));
            substitute.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(substitute);
        }
        return cell;
    }

    private Select<AttendanceStatus> statusCell(AttendanceEntry entry) {
        Select<AttendanceStatus> status = new Select<>();
        status.setItems(Arrays.asList(AttendanceStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("attendanceStatus." + s.name()));
        status.setValue(entry.status());
        status.setAriaLabel(getTranslation("live.attendance.statusOf", entry.name()));
        status.setReadOnly(!editable);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> run.setAttendance(meetingId, entry.id(), entry.version(), e.getValue()));
            }
        });
        return status;
    }

    private Checkbox biasCell(AttendanceEntry entry) {
        Checkbox box = new Checkbox();
        box.setAriaLabel(getTranslation("live.attendance.biasedFor", entry.name()));
        box.setValue(entry.personId() != null && biased.contains(entry.personId()));
        box.setEnabled(editable && itemId != null && entry.personId() != null);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> run.setBiased(meetingId, itemId, entry.personId(), e.getValue()));
            }
        });
        return box;
    }

    private void chooseSubstitute(AttendanceEntry absent) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.attendance.substituteTitle", absent.name()));
        ComboBox<AttendanceEntry> deputy = new ComboBox<>(getTranslation("live.attendance.substituteBy"));
        deputy.setItems(grid.getGenericDataView().getItems()
                .filter(e -> !e.guest() && !e.votingRight() && e.personId() != null && e.substituteForEntryId() == null).toList());
        deputy.setItemLabelGenerator(AttendanceEntry::name);
        deputy.setWidthFull();
        dialog.add(deputy);
        Button ok = new Button(getTranslation("live.attendance.substituteConfirm"), e -> {
            if (deputy.getValue() != null) {
                act(() -> run.substitute(meetingId, absent.id(), deputy.getValue().personId()));
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void addGuest() {
        if (guestName.getValue().isBlank()) {
            guestName.setErrorMessage(getTranslation("validation.required"));
            guestName.setInvalid(true);
            return;
        }
        guestName.setInvalid(false);
        act(() -> run.addGuest(meetingId, guestName.getValue().strip()));
        guestName.clear();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (InvalidInputException e) {
            Toasts.error(FormErrors.message(this, e.errors().get(0)));
        } catch (EditConflictException e) {
            Toasts.error(getTranslation("live.conflict"));
        }
        changed.run();
    }
}

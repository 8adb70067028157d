package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.meetings.MeetingData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fields of a meeting: body (only when planning), title, day, start and planned end, room and address
 * or an online link, and the guests invited by name and e-mail address. The server checks the same rules.
 */
class MeetingForm extends Composite<Div> {

    private final ComboBox<BodyReference> body = new ComboBox<>();
    private final TextField title = new TextField();
    private final DatePicker date;
    private final TimePicker startTime = new TimePicker();
    private final TimePicker endTime = new TimePicker();
    private final TextField room = new TextField();
    private final TextField address = new TextField();
    private final TextField onlineLink = new TextField();
    private final Grid<MeetingData.Guest> guestGrid = new Grid<>();
    private final TextField guestName = new TextField();
    private final EmailField guestEmail = new EmailField();
    private final List<MeetingData.Guest> guests = new ArrayList<>();
    private final FormErrors errors;

    MeetingForm(Consumer<String> formMessage, Consumer<BodyReference> bodyChanged) {
        body.setLabel(getTranslation("meeting.body"));
        body.setItemLabelGenerator(BodyReference::name);
        body.setRequiredIndicatorVisible(true);
        body.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                bodyChanged.accept(e.getValue());
            }
        });
        title.setLabel(getTranslation("meeting.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        date = ComponentTexts.datePicker(this, getTranslation("meeting.date"));
        date.setRequiredIndicatorVisible(true);
        for (TimePicker time : List.of(startTime, endTime)) {
            time.setStep(Duration.ofMinutes(15));
            time.setRequiredIndicatorVisible(true);
        }
        startTime.setLabel(getTranslation("meeting.startTime"));
        endTime.setLabel(getTranslation("meeting.endTime"));
        room.setLabel(getTranslation("meeting.room"));
        room.setMaxLength(150);
        room.setHelperText(getTranslation("meeting.place.help"));
        address.setLabel(getTranslation("meeting.address"));
        address.setMaxLength(300);
        onlineLink.setLabel(getTranslation("meeting.onlineLink"));
        onlineLink.setMaxLength(500);
        onlineLink.setPlaceholder("https://");

        FormLayout main = new FormLayout(body, title, date, startTime, endTime, room, address, onlineLink);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        main.setColspan(body, 3);
        main.setColspan(title, 3);
        main.setColspan(address, 2);
        main.setColspan(onlineLink, 3);

        guestName.setLabel(getTranslation("meeting.guest.name"));
        guestName.setMaxLength(200);
        guestEmail.setLabel(getTranslation("meeting.guest.email"));
        guestEmail.setErrorMessage(getTranslation("validation.email"));
        Button addGuest = new Button(getTranslation("meeting.guest.add"), VaadinIcon.PLUS.create(), e -> addGuest());
        HorizontalLayout guestInput = new HorizontalLayout(guestName, guestEmail, addGuest);
        guestInput.setAlignItems(FlexComponent.Alignment.BASELINE);
        guestInput.setWrap(true);
        guestGrid.setAriaLabel(getTranslation("meeting.guests"));
        guestGrid.addColumn(MeetingData.Guest::name).setHeader(getTranslation("meeting.guest.name"));
        guestGrid.addColumn(MeetingData.Guest::email).setHeader(getTranslation("meeting.guest.email"));
        guestGrid.addComponentColumn(g -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                guests.remove(g);
                guestGrid.setItems(guests);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("meeting.guest.remove", g.name()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        guestGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        guestGrid.setAllRowsVisible(true);
        guestGrid.setEmptyStateText(getTranslation("meeting.guests.empty"));

        getContent().add(main, new H2(getTranslation("meeting.guests")), new Div(getTranslation("meeting.guests.help")),
                guestInput, guestGrid);
        errors = new FormErrors(this, formMessage);
        errors.field("bodyId", body).field("title", title).field("date", date).field("startTime", startTime)
                .field("endTime", endTime).field("room", room).field("address", address).field("onlineLink", onlineLink)
                .field("guests", guestEmail);
    }

    private void addGuest() {
        guestName.setInvalid(false);
        guestEmail.setInvalid(false);
        if (guestName.getValue().isBlank()) {
            guestName.setErrorMessage(getTranslation("validation.required"));
            guestName.setInvalid(true);
            return;
        }
        if (guestEmail.getValue().isBlank() || guestEmail.isInvalid()) {
            guestEmail.setErrorMessage(getTranslation("validation.email"));
            guestEmail.setInvalid(true);
            return;
        }
        guests.add(new MeetingData.Guest(guestName.getValue(), guestEmail.getValue()));
        guestGrid.setItems(guests);
        guestName.clear();
        guestEmail.clear();
        guestName.focus();
    }

    void setBodies(List<BodyReference> bodies, BodyReference selected, boolean selectable) {
        body.setItems(bodies);
        body.setValue(selected);
        body.setReadOnly(!selectable);
    }

    BodyReference body() {
        return body.getValue();
    }

    void setData(MeetingData data, List<MeetingData.Guest> guestList) {
        errors.clear();
        title.setValue(data.title() == null ? "" : data.title());
        date.setValue(data.date());
        startTime.setValue(data.startTime());
        endTime.setValue(data.endTime());
        room.setValue(data.room() == null ? "" : data.room());
        address.setValue(data.address() == null ? "" : data.address());
        onlineLink.setValue(data.onlineLink() == null ? "" : data.onlineLink());
        guests.clear();
        guests.addAll(guestList);
        guestGrid.setItems(guests);
    }

    /** The input as it is; missing values reach the server and come back as field errors. */
    MeetingData getData() {
        return new MeetingData(title.getValue(), date.getValue(), startTime.getValue(), endTime.getValue(), room.getValue(),
                address.getValue(), onlineLink.getValue());
    }

    List<MeetingData.Guest> guests() {
        return List.copyOf(guests);
    }

    void showErrors(InvalidInputException e) {
        errors.show(e);
    }

    void clearErrors() {
        errors.clear();
    }
}

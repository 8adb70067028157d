package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.lenkrunde.live.Speaker;
import de.lenkrunde.live.SpeakersService;
import de.lenkrunde.meetings.AttendanceEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The speakers list of the current TOP: add someone present (or a free name), call the next speaker, a speaking clock. */
class SpeakersPanel extends Composite<Div> {

    private final SpeakersService speakers;
    private final OrderedList list = new OrderedList();
    private final ComboBox<AttendanceEntry> who = new ComboBox<>();
    private final Button add = new Button();
    private final Button next = new Button();
    private long meetingId;
    private long itemId;

    SpeakersPanel(SpeakersService speakers) {
        this.speakers = speakers;
        who.setLabel(getTranslation("live.speakers.add"));
        who.setItemLabelGenerator(AttendanceEntry::name);
        who.setAllowCustomValue(true);
        who.addCustomValueSetListener(e -> addName(e.getDetail()));
        add.setText(getTranslation("live.speakers.addButton"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> {
            if (who.getValue() != null) {
                speakers.add(meetingId, itemId, who.getValue().personId(), who.getValue().name());
                who.clear();
                refresh();
            }
        });
        next.setText(getTranslation("live.speakers.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            speakers.next(meetingId, itemId);
            refresh();
        });
        HorizontalLayout input = new HorizontalLayout(who, add, next);
        input.setAlignItems(FlexComponent.Alignment.BASELINE);
        input.setWrap(true);
        list.addClassName("speakers-list");
        getContent().add(new H3(getTranslation("live.speakers")), list, input);
        getContent().addClassName("speakers-panel");
    }

    private void addName(String name) {
        if (name != null && !name.isBlank()) {
            speakers.add(meetingId, itemId, null, name.strip());
            who.clear();
            refresh();
        }
    }

    void show(long meetingId, long itemId, List<AttendanceEntry> present, boolean editable) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        who.setItems(present);
        who.setVisible(editable);
        add.setVisible(editable);
        next.setVisible(editable);
        refresh();
    }

    void refresh() {
        list.removeAll();
        if (itemId == 0) {
            return;
        }
        List<Speaker> all = speakers.speakers(meetingId, itemId);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("live.speakers.empty")));
        }
        for (Speaker speaker : all) {
            ListItem entry = new ListItem(new Span(speaker.name()));
            if (speaker.speaking()) {
                entry.addClassName("speaking");
                TickingClock clock = new TickingClock();
                clock.show(Duration.between(speaker.startedAt(), Instant.now()).toSeconds(), true, 0);
                entry.add(new Span(" · " + getTranslation("live.speakers.speaking") + " "), clock);
            } else if (speaker.finishedAt() != null) {
                entry.addClassName("finished");
            }
            list.add(entry);
        }
    }
}

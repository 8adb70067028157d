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
import com.vaadin.flow.component.select.Select;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.live.Speaker;
import de.lenkrunde.live.SpeakersService;
import de.lenkrunde.meetings.AttendanceEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The speakers list (Redeliste) of the current TOP: put someone present (or a name typed in) on it, give the floor to
 * the next, end a contribution, take a waiting entry off, and an optional speaking time per speaker whose clock the
 * browser ticks (red once it is exceeded). Readers see the list only.
 */
class SpeakersPanel extends Composite<Div> {

    /** Speaking times offered, in minutes; 0 = no limit. */
    private static final List<Integer> SPEAKING_MINUTES = List.of(0, 1, 2, 3, 5, 10);

    private final SpeakersService speakers;
    private final OrderedList list = new OrderedList();
    private final ComboBox<AttendanceEntry> who = new ComboBox<>();
    private final Button add = new Button();
    private final Button next = new Button();
    private final Button finish = new Button();
    private final Select<Integer> speakingTime = new Select<>();
    private final HorizontalLayout controls;
    private long meetingId;
    private long itemId;
    private boolean editable;

    SpeakersPanel(SpeakersService speakers) {
        this.speakers = speakers;
        who.setLabel(getTranslation("live.speakers.add"));
        who.setItemLabelGenerator(AttendanceEntry::name);
        who.setAllowCustomValue(true);
        who.setHelperText(getTranslation("live.speakers.addHelp"));
        who.addCustomValueSetListener(e -> addName(e.getDetail()));
        add.setText(getTranslation("live.speakers.addButton"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> {
            if (who.getValue() != null) {
                act(() -> speakers.add(meetingId, itemId, who.getValue().personId(), who.getValue().name()));
                who.clear();
            }
        });
        next.setText(getTranslation("live.speakers.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> act(() -> speakers.next(meetingId, itemId)));
        finish.setText(getTranslation("live.speakers.finish"));
        finish.addClickListener(e -> act(() -> speakers.finish(meetingId, itemId)));
        speakingTime.setLabel(getTranslation("live.speakers.time"));
        speakingTime.setItems(SPEAKING_MINUTES);
        speakingTime.setItemLabelGenerator(m -> m == 0 ? getTranslation("live.speakers.time.none")
                : getTranslation("live.speakers.time.minutes", m));
        speakingTime.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> speakers.setSpeakingTime(meetingId, itemId, e.getValue() == 0 ? null : e.getValue() * 60));
            }
        });
        HorizontalLayout input = new HorizontalLayout(who, add);
        input.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout floor = new HorizontalLayout(next, finish, speakingTime);
        floor.setAlignItems(FlexComponent.Alignment.BASELINE);
        floor.setWrap(true);
        controls = new HorizontalLayout(input, floor);
        controls.setWrap(true);
        controls.setPadding(false);
        controls.getStyle().set("flex-direction", "column");
        list.addClassName("speakers-list");
        list.getElement().setAttribute("aria-label", getTranslation("live.speakers"));
        getContent().add(new H3(getTranslation("live.speakers")), list, controls);
        getContent().addClassName("speakers-panel");
    }

    void show(long meetingId, long itemId, List<AttendanceEntry> present, boolean editable) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.editable = editable;
        who.setItems(present);
        controls.setVisible(editable);
        refresh();
    }

    void refresh() {
        list.removeAll();
        if (itemId == 0) {
            return;
        }
        List<Speaker> all = speakers.speakers(meetingId, itemId);
        Integer limitSeconds = speakers.speakingTime(meetingId, itemId);
        int limitMinutes = limitSeconds == null ? 0 : Math.max(1, limitSeconds / 60);
        speakingTime.setValue(SPEAKING_MINUTES.contains(limitMinutes) ? limitMinutes : null);
        finish.setEnabled(all.stream().anyMatch(Speaker::speaking));
        next.setEnabled(all.stream().anyMatch(Speaker::waiting) || all.stream().anyMatch(Speaker::speaking));
        if (all.isEmpty()) {
            ListItem empty = new ListItem(getTranslation("live.speakers.empty"));
            empty.addClassName("empty");
            list.add(empty);
        }
        for (Speaker speaker : all) {
            list.add(entry(speaker, limitMinutes));
        }
    }

    private ListItem entry(Speaker speaker, int limitMinutes) {
        ListItem entry = new ListItem(new Span(speaker.name()));
        if (speaker.speaking()) {
            entry.addClassName("speaking");
            TickingClock clock = new TickingClock();
            clock.show(Duration.between(speaker.startedAt(), Instant.now()).toSeconds(), true, limitMinutes);
            entry.add(new Span(" · " + getTranslation("live.speakers.speaking") + " "), clock);
        } else if (speaker.finished()) {
            entry.addClassName("finished");
        }
        if (editable && !speaker.finished()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> act(() -> speakers.remove(meetingId, speaker.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("live.speakers.remove", speaker.name()));
            remove.setTooltipText(getTranslation("live.speakers.remove", speaker.name()));
            entry.add(remove);
        }
        return entry;
    }

    private void addName(String name) {
        if (name != null && !name.isBlank()) {
            act(() -> speakers.add(meetingId, itemId, null, name.strip()));
            who.clear();
        }
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (InvalidInputException e) {
            Toasts.error(FormErrors.message(this, e.errors().get(0)));
        }
        refresh();
    }
}

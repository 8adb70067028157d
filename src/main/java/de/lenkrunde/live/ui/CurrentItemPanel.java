package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingStatus;
import de.lenkrunde.meetings.Quorum;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Where the meeting stands: its status and quorum, the current TOP with its timer, and the projected end. During a
 * non-public TOP a reader without the right to it sees "Nichtöffentlicher Teil" and nothing of the item.
 */
class CurrentItemPanel extends Composite<Div> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Span status = new Span();
    private final Span quorum = new Span();
    private final H2 title = new H2();
    private final Span kind = new Span();
    private final TickingClock clock = new TickingClock();
    private final Span projected = new Span();
    private final Div timing;

    CurrentItemPanel() {
        getContent().addClassName("current-item");
        title.addClassName("current-title");
        title.setId("current-item-title");
        kind.addClassName("current-kind");
        quorum.setId("quorum");
        // announced to screen readers when it changes, e.g. someone leaves and the quorum is lost
        quorum.getElement().setAttribute("aria-live", "polite");
        projected.addClassName("current-projected");
        Span elapsed = new Span(getTranslation("live.elapsed") + " ");
        timing = new Div(elapsed, clock, projected);
        timing.addClassName("current-timing");
        Div badges = new Div(status, quorum);
        badges.addClassName("current-badges");
        getContent().add(badges, title, kind, timing);
    }

    void show(RunState state) {
        Instant now = Instant.now();
        status.setText(getTranslation("meetingStatus." + state.status().name()));
        theme(status, state.status() == MeetingStatus.IN_PROGRESS ? "badge success" : "badge contrast");
        showQuorum(state);
        RunItem current = state.currentItem();
        if (current != null) {
            title.setText(getTranslation("agenda.top", current.number()) + " · " + current.title());
            kind.setText(getTranslation("agendaItemKind." + current.kind().name())
                    + (current.nonPublic() ? " · " + getTranslation("agenda.nonPublic") : "")
                    + (current.proposalLabel() == null ? "" : " · " + current.proposalLabel()));
            clock.show(state.currentElapsedSeconds(now), state.currentItemSince() != null, current.plannedMinutes());
            timing.setVisible(true);
        } else {
            title.setText(idleTitle(state));
            kind.setText("");
            clock.show(0, false, 0);
            timing.setVisible(false);
        }
        if (state.status() == MeetingStatus.IN_PROGRESS) {
            projected.setText(" · " + getTranslation("live.projectedEnd", TIME.format(state.projectedEnd(now).atZone(Formats.ZONE)),
                    TIME.format(state.plannedEnd().atZone(Formats.ZONE))));
            projected.getElement().getClassList().set("late", state.projectedEnd(now).isAfter(state.plannedEnd()));
        } else {
            projected.setText("");
        }
    }

    private String idleTitle(RunState state) {
        return switch (state.status()) {
            case IN_PROGRESS -> getTranslation(state.currentHidden() ? "live.nonPublicPart" : "live.noCurrent");
            case PLANNED, INVITED -> getTranslation("live.notStarted", TIME.format(state.startsAt().atZone(Formats.ZONE)));
            case CANCELLED -> getTranslation("live.cancelled");
            case CLOSED, MINUTES_APPROVED -> getTranslation("live.ended");
        };
    }

    /**
     * The quorum once check-in has begun: while the meeting runs red when it is not reached; before, neutral, as the
     * check-in's progress. Not shown where it is not known (the projector) or before the meeting's day.
     */
    private void showQuorum(RunState state) {
        Quorum q = state.quorum();
        boolean running = state.status() == MeetingStatus.IN_PROGRESS;
        boolean checkIn = state.status() == MeetingStatus.INVITED && q != null && q.votingPresent() > 0;
        quorum.setVisible(q != null && (running || checkIn));
        if (q == null) {
            return;
        }
        String key = running ? (q.reached() ? "live.quorum.reached" : "live.quorum.notReached") : "live.quorum.checkIn";
        quorum.setText(getTranslation(key, q.votingPresent(), q.votingMembers(), q.required()));
        theme(quorum, !running ? "badge contrast" : q.reached() ? "badge success" : "badge error primary");
    }

    private static void theme(Span badge, String theme) {
        badge.getElement().getThemeList().clear();
        badge.getElement().setAttribute("theme", theme);
    }
}

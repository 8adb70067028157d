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

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Where the meeting stands: the current TOP with its timer, the projected end and the quorum. */
class CurrentItemPanel extends Composite<Div> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Span status = new Span();
    private final H2 title = new H2();
    private final Span kind = new Span();
    private final TickingClock clock = new TickingClock();
    private final Span projected = new Span();
    private final Span quorum = new Span();

    CurrentItemPanel() {
        getContent().addClassName("current-item");
        title.addClassName("current-title");
        title.setId("current-item-title");
        kind.addClassName("current-kind");
        quorum.getElement().setAttribute("aria-live", "polite");
        quorum.setId("quorum");
        Div timing = new Div(new Span(getTranslation("live.elapsed") + " "), clock, new Span(" · "), projected);
        timing.addClassName("current-timing");
        getContent().add(new Div(status, quorum), title, kind, timing);
    }

    void show(RunState state) {
        status.setText(getTranslation("meetingStatus." + state.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(state.status() == MeetingStatus.IN_PROGRESS ? "badge success" : "badge contrast");
        Quorum q = state.quorum();
        quorum.setText(q == null ? "" : getTranslation(q.reached() ? "live.quorum.reached" : "live.quorum.notReached",
                q.votingPresent(), q.votingMembers(), q.required()));
        quorum.getElement().getThemeList().clear();
        quorum.getElement().getThemeList().add(q != null && q.reached() ? "badge success" : "badge error");
        RunItem current = state.items().stream()
                .filter(i -> state.currentItemId() != null && i.itemId() == state.currentItemId()).findFirst().orElse(null);
        Instant now = Instant.now();
        if (current == null) {
            title.setText(getTranslation(state.status() == MeetingStatus.IN_PROGRESS ? "live.noCurrent"
                    : state.status() == MeetingStatus.INVITED ? "live.notStarted" : "live.ended"));
            kind.setText("");
            clock.show(0, false, 0);
        } else {
            title.setText(getTranslation("agenda.top", current.number()) + " · " + current.title());
            kind.setText(getTranslation("agendaItemKind." + current.kind().name())
                    + (current.nonPublic() ? " · " + getTranslation("agenda.nonPublic") : "")
                    + (current.proposalLabel() == null ? "" : " · " + current.proposalLabel()));
            long running = state.currentItemSince() == null ? 0 : Duration.between(state.currentItemSince(), now).toSeconds();
            clock.show(current.elapsedSeconds() + Math.max(0, running), state.currentItemSince() != null, current.plannedMinutes());
        }
        projected.setText(state.status() == MeetingStatus.IN_PROGRESS
                ? getTranslation("live.projectedEnd", TIME.format(state.projectedEnd(now).atZone(Formats.ZONE)),
                TIME.format(state.plannedEnd().atZone(Formats.ZONE)))
                : "");
    }
}

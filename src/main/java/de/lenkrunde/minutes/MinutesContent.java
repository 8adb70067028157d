package de.lenkrunde.minutes;

import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.meetings.AttendanceEntry;
import de.lenkrunde.meetings.AttendanceStatus;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.RunItem;
import de.lenkrunde.meetings.RunState;
import de.lenkrunde.people.SystemUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts one edition of the minutes together from its own rows and the live record of the modules below: the agenda as
 * held and the attendance (meetings), motions and decisions (decisions), action items (actions). Those modules refuse
 * changes after the meeting closed, except a decision's correction, which the minutes follow.
 * <p>
 * The parts are read as the system: the caller ({@link MinutesService}) has decided what the reader may see — the
 * members' version for the body's insiders, the public version of approved minutes for everyone else — and the public
 * version is cut here (no non-public TOP, their decisions, motions and action items, no review). Reading as the reader
 * would fail for the public: the attendance list, for one, is an insiders' list in meetings.
 */
@Component
class MinutesContent {

    private final MeetingRunService run;
    private final DecisionService decisions;
    private final ActionItemService actionItems;
    private final SectionStore sections;
    private final CommentStore comments;
    private final ConsentStore consents;

    MinutesContent(MeetingRunService run, DecisionService decisions, ActionItemService actionItems, SectionStore sections,
                   CommentStore comments, ConsentStore consents) {
        this.run = run;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.sections = sections;
        this.comments = comments;
        this.consents = consents;
    }

    MinutesView assemble(Minutes m, boolean withNonPublic, Set<MinutesAction> actions, Long readerPersonId, LocalDate today) {
        Record record = SystemUser.call(() -> read(m.meetingId()));
        Map<Long, Section> texts = sections.all(m.id()).stream().collect(Collectors.toMap(Section::itemId, Function.identity()));
        List<ReviewComment> review = withNonPublic ? comments.of(m.id()) : List.of();
        Map<Long, String> names = record.attendance().stream().filter(a -> a.personId() != null)
                .collect(Collectors.toMap(AttendanceEntry::personId, AttendanceEntry::name, (a, b) -> a));

        List<MinutesView.Item> items = new ArrayList<>();
        for (RunItem item : record.state().items()) {
            if (item.nonPublic() && !withNonPublic) {
                continue;
            }
            Section text = texts.get(item.itemId());
            items.add(new MinutesView.Item(item.itemId(), item.number(), item.depth(), item.title(), item.nonPublic(), item.state(),
                    item.urgent(), item.urgentReason(), item.stateReason(), item.proposalLabel(),
                    text == null ? "" : text.text(), text == null ? 0 : text.version(), text == null ? null : text.updatedByName(),
                    record.biased().getOrDefault(item.itemId(), Set.of()).stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().toList(),
                    record.motions().stream().filter(x -> x.itemId() == item.itemId()).toList(),
                    record.decisions().stream().filter(d -> d.itemId() == item.itemId() && d.current()).toList(),
                    record.actionItems().stream().filter(a -> Objects.equals(a.itemId(), item.itemId())).toList(),
                    review.stream().filter(c -> c.itemId() == item.itemId()).toList()));
        }
        MinutesView.Circulation circulation = null;
        if (m.circulationState() != null && withNonPublic) {
            List<MinutesView.Consent> asked = consents.of(m.id());
            boolean myTurn = m.circulationState() == CirculationState.RUNNING && !today.isAfter(m.circulationUntil())
                    && asked.stream().anyMatch(c -> Objects.equals(c.personId(), readerPersonId) && c.consent() == null);
            circulation = new MinutesView.Circulation(m.circulationState(), m.circulationUntil(), asked, myTurn);
        }
        Minutes.Header h = m.header();
        return new MinutesView(m.id(), m.version(), m.meetingId(), m.bodyId(), h.bodyName(), h.meetingTitle(), h.meetingStartsAt(),
                m.edition(), m.previousId(), m.supersededById(), m.correctionReason(), m.status(), h.place(), h.startedAt(),
                h.endedAt(), h.chairName(), h.minuteTakerName(), m.chairSignature(), m.takerSignature(), m.signaturesVoidedAt(),
                m.releasedAt(), m.reviewUntil(), m.reviewOpen(today), circulation, m.approval(), attendance(record.attendance()),
                List.copyOf(items), withNonPublic, Set.copyOf(actions));
    }

    /** The live record of the meeting, everything (the system reads it). */
    record Record(RunState state, List<AttendanceEntry> attendance, Map<Long, Set<Long>> biased, List<MotionView> motions,
                  List<DecisionView> decisions, List<ActionItemView> actionItems) {
    }

    Record read(long meetingId) {
        RunState state = run.state(meetingId);
        Map<Long, Set<Long>> biased = state.items().stream()
                .collect(Collectors.toMap(RunItem::itemId, i -> run.biasedPersons(meetingId, i.itemId())));
        return new Record(state, run.attendance(meetingId), biased, decisions.motionsOfMeeting(meetingId),
                decisions.ofMeeting(meetingId), actionItems.ofMeeting(meetingId));
    }

    static MinutesView.AttendanceSummary attendance(List<AttendanceEntry> entries) {
        List<MinutesView.Attendee> present = new ArrayList<>();
        List<MinutesView.Attendee> excused = new ArrayList<>();
        List<MinutesView.Attendee> absent = new ArrayList<>();
        List<MinutesView.Attendee> guests = new ArrayList<>();
        for (AttendanceEntry e : entries) {
            boolean wasThere = e.status() == AttendanceStatus.PRESENT || e.status() == AttendanceStatus.LEFT;
            MinutesView.Attendee attendee = new MinutesView.Attendee(e.name(), e.role(), e.votingRight(), e.arrivedAt(), e.leftAt(),
                    e.substituteForName());
            if (e.guest()) {
                if (wasThere) {
                    guests.add(attendee);
                }
            } else if (wasThere) {
                present.add(attendee);
            } else if (e.status() == AttendanceStatus.EXCUSED) {
                excused.add(attendee);
            } else if (e.substituteForEntryId() == null) {
                // never checked in (expected or absent), unless only listed as a substitute who did not come
                absent.add(attendee);
            }
        }
        return new MinutesView.AttendanceSummary(List.copyOf(present), List.copyOf(excused), List.copyOf(absent), List.copyOf(guests));
    }
}

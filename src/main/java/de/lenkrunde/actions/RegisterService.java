package de.lenkrunde.actions;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyScope;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.RunState;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The decision register (Beschlusskontrolle, ADR 017): every current decision the reader may read — public items for
 * every signed-in user, non-public ones for the body's insiders ({@link BodyAction#READ_NON_PUBLIC}) — with its
 * proposal's status now and the state of its action items; and one decision with its context for its page.
 * It lives in actions because it reports on decisions, proposals and action items together.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RegisterService {

    private final RegisterQueries queries;
    private final Permissions permissions;
    private final BodyService bodies;
    private final DecisionService decisions;
    private final ProposalService proposals;
    private final MeetingRunService run;
    private final ActionItemService actions;
    private final Clock clock;

    RegisterService(RegisterQueries queries, Permissions permissions, BodyService bodies, DecisionService decisions,
                    ProposalService proposals, MeetingRunService run, ActionItemService actions, Clock clock) {
        this.queries = queries;
        this.permissions = permissions;
        this.bodies = bodies;
        this.decisions = decisions;
        this.proposals = proposals;
        this.run = run;
        this.actions = actions;
        this.clock = clock;
    }

    /** One page, newest first: scope, rows and body names — three statements (two more for a coordinator's areas). */
    public List<RegisterRow> page(RegisterFilter filter, Pageable page) {
        List<RegisterQueries.Row> rows = queries.page(reader(), filter, today(), (int) page.getOffset(), page.getPageSize());
        Map<Long, BodyReference> names = rows.isEmpty() ? Map.of()
                : bodies.references(rows.stream().map(RegisterQueries.Row::bodyId).collect(Collectors.toSet()));
        return rows.stream().map(r -> new RegisterRow(r.id(), r.number(), r.revision(), r.decidedAt(), r.bodyId(),
                names.containsKey(r.bodyId()) ? names.get(r.bodyId()).name() : "", r.title(), r.outcome(), r.vote(), r.nonPublic(),
                r.proposalId(), r.proposalNumber(), r.proposalStatus(), r.actionsTotal(), r.actionsDone(), r.actionsPending(),
                r.actionsOverdue())).toList();
    }

    public int count(RegisterFilter filter) {
        return queries.count(reader(), filter);
    }

    /** Every row of the filtered register, page by page, for the CSV export. */
    public List<RegisterRow> all(RegisterFilter filter) {
        List<RegisterRow> all = new ArrayList<>();
        int size = 500;
        for (int page = 0; ; page++) {
            List<RegisterRow> rows = page(filter, PageRequest.of(page, size));
            all.addAll(rows);
            if (rows.size() < size) {
                return all;
            }
        }
    }

    /** Bodies that decide (steering rounds and conferences), for the register's filter. */
    public List<BodyReference> decidingBodies() {
        return Stream.concat(bodies.options(BodyType.STEERING_ROUND).stream(), bodies.options(BodyType.CONFERENCE).stream())
                .sorted(Comparator.comparing(BodyReference::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A decision with its context; {@link RecordNotFoundException} when the reader may not read it. */
    public DecisionContext context(long decisionId) {
        DecisionView decision = decisions.get(decisionId);
        List<DecisionView> history = decisions.history(decisionId);
        DecisionView current = history.stream().filter(DecisionView::current).findFirst().orElse(decision);
        RunState meeting = run.state(decision.meetingId());
        Long proposalId = decision.proposalId();
        ProposalDetails proposal = null;
        if (proposalId != null) {
            try {
                proposal = proposals.get(proposalId);
            } catch (RecordNotFoundException gone) {
                proposal = null;
            }
        }
        return new DecisionContext(decision, current, history, meeting.bodyName(), meeting.title(), meeting.startsAt(),
                "sitzungen/" + meeting.meetingId(), decisions.motions(decision.meetingId(), decision.itemId()),
                proposal == null ? null : proposal.id(), proposal == null ? null : proposal.referenceNumber(),
                proposal == null ? null : proposal.title(), proposal == null ? null : proposal.status(),
                proposal == null ? null : "vorschlaege/" + proposal.id(), proposal == null ? List.of() : proposals.timeline(proposal.id()),
                actions.ofDecision(current.id()));
    }

    private RegisterQueries.Reader reader() {
        BodyScope scope = permissions.bodiesWhere(BodyAction.READ_NON_PUBLIC);
        return new RegisterQueries.Reader(scope.all(), scope.bodyIds());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}

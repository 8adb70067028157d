package de.lenkrunde.funding;

import de.lenkrunde.audit.AuditTrail;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InputValidator;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.GlobalAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.SignedInUser;
import de.lenkrunde.proposals.HintePrinciple;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Budget lines (managed by finance and admins) and the budget overview of a year (read by finance, admins and
 * coordinators). The money columns of a line are changed only by {@link BudgetLedger}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BudgetService {

    private final BudgetLineRepository lines;
    private final FundingQueries queries;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditTrail audit;
    private final AreaService areas;
    private final AreaTree areaTree;
    private final Clock clock;

    BudgetService(BudgetLineRepository lines, FundingQueries queries, Permissions permissions, CurrentUser currentUser,
                  InputValidator validator, AuditTrail audit, AreaService areas, AreaTree areaTree, Clock clock) {
        this.lines = lines;
        this.queries = queries;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.areas = areas;
        this.areaTree = areaTree;
        this.clock = clock;
    }

    // ---- lines ----------------------------------------------------------------------------------------------

    /** One page of lines (of a year, or all), newest year first, by code. */
    @Transactional(readOnly = true)
    public List<BudgetLineItem> list(Integer year, Pageable page) {
        requireOverviewRight();
        Map<Long, String> areaNames = areaTree.names();
        return queries.lines(year, false, (int) page.getOffset(), page.getPageSize()).stream()
                .map(l -> l.areaId() == null ? l : new BudgetLineItem(l.id(), l.version(), l.code(), l.name(), l.budgetYear(),
                        l.total(), l.committed(), l.paid(), l.available(), l.areaId(), areaNames.get(l.areaId()), l.closed()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(Integer year) {
        requireOverviewRight();
        return queries.countLines(year);
    }

    @Transactional(readOnly = true)
    public BudgetLineItem get(long lineId) {
        requireOverviewRight();
        lines.findById(lineId).orElseThrow(() -> new RecordNotFoundException("budget line " + lineId));
        return queries.line(lineId);
    }

    /** The years that have lines, newest first; the current year is always offered. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        requireOverviewRight();
        List<Integer> years = new ArrayList<>(queries.years());
        int now = Formats.today().getYear();
        if (!years.contains(now)) {
            years.add(now);
            years.sort(java.util.Comparator.reverseOrder());
        }
        return years;
    }

    /** Areas a line can be restricted to. */
    @Transactional(readOnly = true)
    public List<AreaNode> areaOptions() {
        return areas.all();
    }

    public long create(BudgetLineData data) {
        permissions.require(GlobalAction.MANAGE_BUDGET_LINES);
        validator.check(data);
        BudgetLine line = new BudgetLine(data, clock.instant());
        save(line);
        audit.record("BUDGET_LINE_CREATED", reference(line), Formats.money(line.total()));
        return line.id();
    }

    public void update(long lineId, long version, BudgetLineData data) {
        permissions.require(GlobalAction.MANAGE_BUDGET_LINES);
        validator.check(data);
        BudgetLine line = load(lineId, version);
        line.update(data, clock.instant());
        save(line);
        audit.record("BUDGET_LINE_CHANGED", reference(line), Formats.money(line.total()));
    }

    /** Closes the line for the year: no new approvals on it. */
    public void close(long lineId, long version) {
        permissions.require(GlobalAction.MANAGE_BUDGET_LINES);
        BudgetLine line = load(lineId, version);
        line.close(clock.instant());
        save(line);
        audit.record("BUDGET_LINE_CLOSED", reference(line), null);
    }

    public void reopen(long lineId, long version) {
        permissions.require(GlobalAction.MANAGE_BUDGET_LINES);
        BudgetLine line = load(lineId, version);
        line.reopen(clock.instant());
        save(line);
        audit.record("BUDGET_LINE_REOPENED", reference(line), null);
    }

    // ---- overview -------------------------------------------------------------------------------------------

    /**
     * The year's money per line with the proposals it funds, the sums, and the shares per Planregion and per Hinte
     * principle. Two statements: the lines and the requests holding money on them.
     */
    @Transactional(readOnly = true)
    public BudgetOverview overview(int year) {
        requireOverviewRight();
        List<BudgetLineItem> yearLines = queries.lines(year, false, 0, 10_000);
        List<FundingQueries.Committing> held = queries.committing(year);
        Map<Long, List<BudgetOverview.Funded>> fundedByLine = held.stream().collect(Collectors.groupingBy(
                FundingQueries.Committing::lineId, LinkedHashMap::new, Collectors.mapping(c -> new BudgetOverview.Funded(
                        c.requestId(), c.proposalId(), c.proposalLabel(), c.status(), c.approved(), c.committed(), c.paid()),
                        Collectors.toList())));
        List<BudgetOverview.Line> rows = yearLines.stream()
                .sorted(java.util.Comparator.comparing(BudgetLineItem::code))
                .map(l -> new BudgetOverview.Line(l.id(), l.code(), l.name(), l.closed(),
                        new BudgetOverview.Figures(l.total(), l.committed(), l.paid(), l.available()),
                        fundedByLine.getOrDefault(l.id(), List.of())))
                .toList();
        BudgetOverview.Figures totals = new BudgetOverview.Figures(
                sum(yearLines, BudgetLineItem::total), sum(yearLines, BudgetLineItem::committed),
                sum(yearLines, BudgetLineItem::paid), sum(yearLines, BudgetLineItem::available));

        Function<Long, Optional<String>> regionOf = areaTree.regions();
        Map<String, List<FundingQueries.Committing>> byRegion = held.stream().collect(Collectors.groupingBy(
                c -> regionOf.apply(c.areaId()).orElse(""), java.util.TreeMap::new, Collectors.toList()));
        List<BudgetOverview.Share> regions = byRegion.entrySet().stream()
                .map(e -> share(e.getKey(), e.getValue())).toList();
        List<BudgetOverview.Share> principles = new ArrayList<>();
        for (HintePrinciple principle : HintePrinciple.values()) {
            List<FundingQueries.Committing> withIt = held.stream().filter(c -> c.principles().contains(principle)).toList();
            principles.add(share("hinte." + principle.name(), withIt));
        }
        return new BudgetOverview(year, rows, totals, regions, principles);
    }

    private static BudgetOverview.Share share(String label, List<FundingQueries.Committing> requests) {
        return new BudgetOverview.Share(label, requests.stream().map(FundingQueries.Committing::committed).reduce(BigDecimal.ZERO, BigDecimal::add),
                requests.stream().map(FundingQueries.Committing::paid).reduce(BigDecimal.ZERO, BigDecimal::add), requests.size());
    }

    private static BigDecimal sum(List<BudgetLineItem> items, Function<BudgetLineItem, BigDecimal> figure) {
        return items.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- rules and persistence -------------------------------------------------------------------------------

    /** Finance and admins manage lines; they and coordinators read the overview. */
    private void requireOverviewRight() {
        SignedInUser user = currentUser.require();
        if (!(permissions.may(GlobalAction.MANAGE_BUDGET_LINES) || user.has(GlobalRole.COORDINATOR))) {
            throw new AccessDeniedException("budget overview");
        }
    }

    private BudgetLine load(long lineId, long version) {
        BudgetLine line = lines.findById(lineId).orElseThrow(() -> new RecordNotFoundException("budget line " + lineId));
        if (line.version() != version) {
            throw new EditConflictException("budget line " + lineId, line.updatedByName(), null);
        }
        return line;
    }

    private void save(BudgetLine line) {
        line.savedBy(currentUser.get().map(SignedInUser::displayName).orElse(null));
        try {
            lines.save(line);
        } catch (OptimisticLockingFailureException e) {
            String changedBy = line.id() == null ? null : lines.findById(line.id()).map(BudgetLine::updatedByName).orElse(null);
            throw new EditConflictException("budget line " + line.id(), changedBy, e);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "funding.rule.codeTaken");
        } catch (org.springframework.data.relational.core.conversion.DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException) {
                throw InvalidInputException.of("code", "funding.rule.codeTaken");
            }
            throw e;
        }
    }

    private static TypedReference reference(BudgetLine line) {
        return TypedReference.of("BUDGET_LINE", line.id(), line.budgetYear() + " " + line.label(), "finanzen/haushalt");
    }
}

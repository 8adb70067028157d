package de.lenkrunde.proposals;

import de.lenkrunde.IntegrationTest;
import de.lenkrunde.TestData;
import de.lenkrunde.bodies.BodyRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Vorschläge" list in the order the grid asks for: whitelisted properties, stable paging. */
class ProposalListSortingTest extends IntegrationTest {

    @Autowired
    private ProposalService proposals;

    private TestData.World world;
    private long member;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void proposals() {
        world = testData.world();
        member = testData.account("mitglied", Set.of(), Set.of());
        testData.member(world.focusNorth(), member, BodyRole.MEMBER);
        signInAs("mitglied");
        // three share the amount 1500 and two the title "Bank": the tiebreaker must decide
        create("Spielplatz am Teich", "3000.00");
        create("Bank am Marktplatz", "1500.00");
        create("Apfelbäume pflanzen", "250.00");
        create("Bank", "1500.00");
        create("Öffentlicher Bücherschrank", "1500.00");
        create("Zaun am Bolzplatz", "12000.00");
        create("Bank", "800.00");
    }

    @Test
    void sorts_by_requested_amount_ascending_and_descending_with_the_id_deciding_ties() {
        List<ProposalListItem> ascending = list(Sort.by(Sort.Direction.ASC, "requestedAmount"), 0, 50);
        assertThat(ascending).extracting(ProposalListItem::requestedAmount).extracting(BigDecimal::toPlainString)
                .containsExactly("250.00", "800.00", "1500.00", "1500.00", "1500.00", "3000.00", "12000.00");
        assertThat(ascending).isSortedAccordingTo(Comparator.comparing(ProposalListItem::requestedAmount)
                .thenComparing(ProposalListItem::id));

        List<ProposalListItem> descending = list(Sort.by(Sort.Direction.DESC, "requestedAmount"), 0, 50);
        assertThat(descending).extracting(ProposalListItem::id).containsExactlyElementsOf(
                reversed(ascending.stream().map(ProposalListItem::id).toList()));
    }

    @Test
    void sorts_by_title_ascending_and_descending() {
        List<ProposalListItem> ascending = list(Sort.by(Sort.Direction.ASC, "title"), 0, 50);
        assertThat(ascending).extracting(ProposalListItem::title).containsExactly("Apfelbäume pflanzen", "Bank", "Bank",
                "Bank am Marktplatz", "Öffentlicher Bücherschrank", "Spielplatz am Teich", "Zaun am Bolzplatz");
        assertThat(ascending.get(1).id()).isLessThan(ascending.get(2).id());

        List<ProposalListItem> descending = list(Sort.by(Sort.Direction.DESC, "title"), 0, 50);
        assertThat(descending).extracting(ProposalListItem::title).containsExactly("Zaun am Bolzplatz", "Spielplatz am Teich",
                "Öffentlicher Bücherschrank", "Bank am Marktplatz", "Bank", "Bank", "Apfelbäume pflanzen");
        assertThat(descending.get(4).id()).isGreaterThan(descending.get(5).id());
    }

    @Test
    void sorts_by_reference_number_status_and_last_change() {
        assertThat(list(Sort.by(Sort.Direction.ASC, "referenceNumber"), 0, 50)).extracting(ProposalListItem::id)
                .containsExactlyElementsOf(created);
        assertThat(list(Sort.by(Sort.Direction.DESC, "updatedAt"), 0, 50)).extracting(ProposalListItem::id)
                .containsExactlyElementsOf(reversed(created));
        long draft = proposals.createDraft(data("Noch ein Entwurf", "10.00"));
        // status follows the life cycle: the draft comes before everything submitted
        assertThat(list(Sort.by(Sort.Direction.ASC, "status"), 0, 50).get(0).id()).isEqualTo(draft);
        assertThat(list(Sort.by(Sort.Direction.DESC, "status"), 0, 50).get(7).id()).isEqualTo(draft);
    }

    @Test
    void paging_through_a_sort_with_ties_shows_every_row_exactly_once_and_always_in_the_same_order() {
        Sort byAmount = Sort.by(Sort.Direction.ASC, "requestedAmount");
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(proposals.list(ProposalFilter.none(), PageRequest.of(page, 2, byAmount)).stream()
                    .map(ProposalListItem::id).toList());
        }
        assertThat(paged).doesNotHaveDuplicates().hasSize(7)
                .containsExactlyElementsOf(list(byAmount, 0, 50).stream().map(ProposalListItem::id).toList());
        for (int i = 0; i < 3; i++) {
            assertThat(proposals.list(ProposalFilter.none(), PageRequest.of(1, 2, byAmount))).extracting(ProposalListItem::id)
                    .containsExactlyElementsOf(paged.subList(2, 4));
        }
    }

    @Test
    void an_unknown_sort_property_is_ignored_and_never_reaches_sql() {
        List<Long> byDefault = ids(Sort.unsorted());
        assertThat(byDefault).containsExactlyElementsOf(reversed(created));

        assertThat(ids(Sort.by("origin_group_id"))).containsExactlyElementsOf(byDefault);
        assertThat(ids(Sort.by("originGroupName"))).containsExactlyElementsOf(byDefault);
        assertThat(ids(Sort.by("title; DROP TABLE proposal; --"))).containsExactlyElementsOf(byDefault);
        assertThat(ids(Sort.by(Sort.Order.asc("nonsense"), Sort.Order.desc("requestedAmount"))))
                .containsExactlyElementsOf(ids(Sort.by(Sort.Direction.DESC, "requestedAmount")));
        assertThat(proposals.count(ProposalFilter.none())).isEqualTo(7);
    }

    @Test
    void the_order_by_clause_is_built_from_the_whitelist_only() {
        assertThat(ProposalQueries.orderBy(Sort.unsorted())).isEqualTo("p.updated_at DESC, p.id DESC");
        assertThat(ProposalQueries.orderBy(Sort.by(Sort.Direction.ASC, "title", "requestedAmount")))
                .isEqualTo("p.title ASC, p.requested_amount ASC, p.id ASC");
        assertThat(ProposalQueries.orderBy(Sort.by("x' OR 1=1"))).isEqualTo("p.updated_at DESC, p.id DESC");
        assertThat(ProposalQueries.orderBy(Sort.by(Sort.Direction.DESC, "status"))).startsWith("FIELD(p.status, 'DRAFT', 'SUBMITTED'")
                .endsWith(") DESC, p.id DESC");
    }

    private List<ProposalListItem> list(Sort sort, int page, int size) {
        return proposals.list(ProposalFilter.none(), PageRequest.of(page, size, sort));
    }

    private List<Long> ids(Sort sort) {
        return list(sort, 0, 50).stream().map(ProposalListItem::id).toList();
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private void create(String title, String amount) {
        long id = proposals.createDraft(data(title, amount));
        proposals.submit(id, proposals.get(id).version());
        created.add(id);
    }

    private ProposalData data(String title, String amount) {
        return new ProposalData(title, world.focusNorth(), member, world.steeringNorth(), null,
                "Im Quartier fehlt " + title, "Mehr Begegnung", "Planen, bauen, feiern", "alle", null, null,
                new BigDecimal(amount), BigDecimal.ZERO, "Die Lenkrunde beschließt: " + title,
                List.of(new CriterionData(HintePrinciple.INTERESTS_AND_WILL, true, "Von Anwohnenden gewünscht")));
    }
}

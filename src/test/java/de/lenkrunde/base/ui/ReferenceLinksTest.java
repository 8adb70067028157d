package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links by the route's roles; the record check of a module is in its own test
 * ({@code funding.ui.FundingRequestLinksTest}).
 */
class ReferenceLinksTest extends KaribuTest {

    @Test
    void pages_every_signed_in_person_may_open_are_links_and_others_unknown_or_missing_routes_are_text() {
        testData.account("mitglied", Set.of(), Set.of());
        login("mitglied");
        Component financeQueue = ReferenceLinks.linkOrText("finanzen/12", "Mittelantrag 12");
        assertThat(financeQueue).as("a route of finance's roles only").isInstanceOf(Span.class);
        assertThat(((Span) financeQueue).getText()).isEqualTo("Mittelantrag 12");
        Component register = ReferenceLinks.linkOrText("beschluesse", "Beschlüsse");
        assertThat(register).isInstanceOf(Anchor.class);
        assertThat(((Anchor) register).getHref()).isEqualTo("beschluesse");
        assertThat(ReferenceLinks.linkOrText("gibt-es-nicht/3", "Etwas")).isInstanceOf(Span.class);
        assertThat(ReferenceLinks.linkOrText(null, "Etwas")).isInstanceOf(Span.class);
    }
}

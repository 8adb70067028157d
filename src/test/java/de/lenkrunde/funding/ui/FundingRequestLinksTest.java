package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.TestData;
import de.lenkrunde.base.ui.ReferenceLinks;
import de.lenkrunde.funding.FundingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal's timeline names its funding request: a link for those who may open the request, plain text for the
 * focus group — also for its chair, whose role opens the finance route but not this request.
 */
class FundingRequestLinksTest extends KaribuTest {

    @Autowired
    private FundingFixtures fixtures;

    @Test
    void finance_and_the_target_body_get_a_link_and_the_focus_group_and_its_chair_the_name() {
        TestData.World world = fixtures.cast();
        fixtures.line("SRF-01", "20000.00", null);
        long request = fixtures.requested(world, "Bolzplatz", "3000.00");
        String route = "finanzen/" + request;

        for (String login : new String[]{"kaemmerei", "vorsitz", "admin"}) {
            newBrowserSession();
            login(login);
            Component link = ReferenceLinks.linkOrText(route, "Mittelantrag");
            assertThat(link).as(login).isInstanceOf(Anchor.class);
            assertThat(((Anchor) link).getHref()).isEqualTo(route);
        }
        for (String login : new String[]{"jugend", "mitglied"}) {
            newBrowserSession();
            login(login);
            assertThat(ReferenceLinks.linkOrText(route, "Mittelantrag")).as(login).isInstanceOf(Span.class);
        }
        newBrowserSession();
        login("kaemmerei");
        assertThat(ReferenceLinks.linkOrText("finanzen/" + (request + 1000), "Mittelantrag")).as("no such request").isInstanceOf(Span.class);
    }
}

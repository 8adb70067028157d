package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.people.GlobalRole;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A case record names a funding request: finance gets a link to it, the focus group plain text. */
class ReferenceLinksTest extends KaribuTest {

    @Test
    void finance_gets_a_link_to_the_request_and_a_member_of_a_focus_group_its_name() {
        testData.account("kaemmerei", Set.of(GlobalRole.FINANCE), Set.of());
        testData.account("mitglied", Set.of(), Set.of());

        login("kaemmerei");
        Component forFinance = ReferenceLinks.linkOrText("finanzen/12", "Mittelantrag 12");
        assertThat(forFinance).isInstanceOf(Anchor.class);
        assertThat(((Anchor) forFinance).getHref()).isEqualTo("finanzen/12");

        newBrowserSession();
        login("mitglied");
        Component forMember = ReferenceLinks.linkOrText("finanzen/12", "Mittelantrag 12");
        assertThat(forMember).isInstanceOf(Span.class);
        assertThat(((Span) forMember).getText()).isEqualTo("Mittelantrag 12");
        // pages every signed-in person may open stay links; unknown routes and missing routes are text
        assertThat(ReferenceLinks.linkOrText("beschluesse", "Beschlüsse")).isInstanceOf(Anchor.class);
        assertThat(ReferenceLinks.linkOrText("gibt-es-nicht/3", "Etwas")).isInstanceOf(Span.class);
        assertThat(ReferenceLinks.linkOrText(null, "Etwas")).isInstanceOf(Span.class);
    }
}

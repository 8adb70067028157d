package de.lenkrunde.proposals.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkrunde.proposals.ProposalService;
import jakarta.annotation.security.PermitAll;

/** "Meine Vorschläge": the proposals of the reader's own focus groups and of the bodies they sit in. */
@Route("vorschlaege/meine")
@Menu(title = "menu.myProposals", order = 11, icon = "vaadin:user-check")
@PermitAll
public class MyProposalsView extends ProposalsView {

    public MyProposalsView(ProposalService proposals) {
        super(proposals, "menu.myProposals", true);
    }
}

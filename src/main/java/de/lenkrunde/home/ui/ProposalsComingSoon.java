package de.lenkrunde.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("vorschlaege")
@Menu(title = "menu.proposals", order = 10, icon = "vaadin:lightbulb")
@PermitAll
public class ProposalsComingSoon extends ComingSoonView {

    public ProposalsComingSoon() {
        super("menu.proposals");
    }
}

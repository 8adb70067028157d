package de.lenkrunde.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("beschluesse")
@Menu(title = "menu.decisions", order = 30, icon = "vaadin:gavel")
@PermitAll
public class DecisionsComingSoon extends ComingSoonView {

    public DecisionsComingSoon() {
        super("menu.decisions");
    }
}

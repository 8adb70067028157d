package de.lenkrunde.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("aufgaben")
@Menu(title = "menu.actions", order = 40, icon = "vaadin:tasks")
@PermitAll
public class ActionsComingSoon extends ComingSoonView {

    public ActionsComingSoon() {
        super("menu.actions");
    }
}

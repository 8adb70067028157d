package de.lenkrunde.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("finanzen")
@Menu(title = "menu.funding", order = 50, icon = "vaadin:euro")
@RolesAllowed({"ADMIN", "FINANCE", "COORDINATOR"})
public class FundingComingSoon extends ComingSoonView {

    public FundingComingSoon() {
        super("menu.funding");
    }
}

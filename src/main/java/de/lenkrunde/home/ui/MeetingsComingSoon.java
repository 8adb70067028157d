package de.lenkrunde.home.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("sitzungen")
@Menu(title = "menu.meetings", order = 20, icon = "vaadin:calendar")
@PermitAll
public class MeetingsComingSoon extends ComingSoonView {

    public MeetingsComingSoon() {
        super("menu.meetings");
    }
}

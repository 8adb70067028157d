package de.lenkrunde.home.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.ui.PageAccesses;
import de.lenkrunde.notifications.InboxService;
import de.lenkrunde.notifications.ui.NotificationBell;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.MyAccountService;
import de.lenkrunde.people.SignedInUser;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shell around every view: app name, SideNav from the views' {@code @Menu} entries (only those the
 * user may open; admin pages grouped under "Verwaltung"), the notification bell, the user's name and roles,
 * language switch, password change and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** Routes below this path are grouped under "Verwaltung". */
    static final String ADMIN_PATH = "/verwaltung/";

    private final PageAccesses pageAccesses;

    public MainLayout(CurrentUser currentUser, MyAccountService myAccount, AuthenticationContext authentication,
                      InboxService inbox, PageAccesses pageAccesses) {
        this.pageAccesses = pageAccesses;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-title");
        NotificationBell bell = new NotificationBell(inbox);
        bell.getStyle().set("margin-inline", "auto var(--lumo-space-m)");
        addToNavbar(toggle, appName, bell);

        Scroller scroller = new Scroller(buildNav());
        addToDrawer(scroller, userBox(currentUser.require(), myAccount, authentication));
    }

    /**
     * The main navigation and, when the user may open admin pages, a second navigation labelled
     * "Verwaltung". Not a nested SideNavItem: Vaadin 24.9's side-nav-item points its toggle button's
     * aria-controls at an id its shadow DOM lacks (axe: aria-valid-attr-value, critical); a collapsible
     * SideNav with a label keeps the group and is valid ARIA.
     */
    private Div buildNav() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        SideNav admin = new SideNav(getTranslation("menu.admin"));
        admin.setCollapsible(true);
        admin.setExpanded(true);
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            // the route's roles admitted it; the owning module may know the page would show this user nothing
            if (!pageAccesses.mayOpen(entry.path().replaceFirst("^/", ""))) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (entry.path().startsWith(ADMIN_PATH)) {
                admin.addItem(item);
            } else {
                nav.addItem(item);
            }
        }
        Div navigation = new Div(nav);
        if (!admin.getItems().isEmpty()) {
            admin.addClassName("admin-nav");
            navigation.add(admin);
        }
        return navigation;
    }

    private Div userBox(SignedInUser user, MyAccountService myAccount, AuthenticationContext authentication) {
        Span name = new Span(user.displayName());
        name.getStyle().set("font-weight", "600");
        String roleText = user.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "));
        Span roles = new Span(roleText);
        roles.addClassNames("text-s", "text-secondary");
        roles.setVisible(!roleText.isEmpty());

        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("layout.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Languages.supportedOrDefault(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                myAccount.changeLanguage(e.getValue());
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(e.getValue());
                    ui.getPage().reload();
                });
            }
        });

        Button password = new Button(getTranslation("layout.changePassword"), VaadinIcon.KEY.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("passwort")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(password, logout);
        buttons.setSpacing(false);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.getStyle().set("flex-wrap", "wrap");

        Div box = new Div(name, roles, language, buttons);
        box.addClassName("drawer-user");
        return box;
    }
}

package de.lenkrunde.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkrunde.people.LoginHints;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;

/** The German login page; while demo mode is on it lists the demo logins. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final AuthenticationContext authenticationContext;

    public LoginView(AuthenticationContext authenticationContext, ObjectProvider<LoginHints> loginHints) {
        this.authenticationContext = authenticationContext;
        VerticalLayout layout = new VerticalLayout();
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setPadding(true);

        loginForm.setAction("login");
        loginForm.setI18n(i18n());
        loginForm.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        Paragraph forgotten = new Paragraph(getTranslation("login.forgotten"));
        forgotten.addClassNames("text-secondary", "text-s");
        layout.add(title, subtitle, loginForm, forgotten);

        List<LoginHints.DemoLogin> demoLogins = loginHints.stream().flatMap(h -> h.demoLogins().stream()).toList();
        if (!demoLogins.isEmpty()) {
            layout.add(demoLoginTable(demoLogins));
        }
        add(layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        loginForm.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotten"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private Div demoLoginTable(List<LoginHints.DemoLogin> demoLogins) {
        Div box = new Div();
        box.addClassName("demo-logins");
        box.add(new H2(getTranslation("login.demo.title")));
        box.add(new Paragraph(getTranslation("login.demo.text", demoLogins.get(0).password())));
        StringBuilder rows = new StringBuilder("<table><thead><tr><th scope=\"col\">")
                .append(getTranslation("login.username")).append("</th><th scope=\"col\">")
                .append(getTranslation("login.demo.role")).append("</th></tr></thead><tbody>");
        for (LoginHints.DemoLogin login : demoLogins) {
            rows.append("<tr><td><code>").append(escape(login.login())).append("</code></td><td>")
                    .append(escape(login.description())).append("</td></tr>");
        }
        rows.append("</tbody></table>");
        box.add(new com.vaadin.flow.component.Html("<div>" + rows + "</div>"));
        return box;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

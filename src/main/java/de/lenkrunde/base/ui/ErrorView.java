package de.lenkrunde.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A friendly page for an unexpected error while opening a view, with an error id that is in the log. */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = FriendlyErrorHandler.newErrorId();
        log.error("Unexpected error while opening {} [error id {}]", event.getLocation().getPath(), errorId,
                parameter.getCaughtException());
        addClassName("view-content");
        removeAll();
        add(new H1(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", errorId)),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

package de.lenkrunde.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import de.lenkrunde.base.validation.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A view was opened for a record that does not exist (e.g. an old link): said plainly, with a way back. */
@PermitAll
public class RecordNotFoundView extends Div implements HasErrorParameter<RecordNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        addClassName("view-content");
        removeAll();
        add(new H1(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.record")),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

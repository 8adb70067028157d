package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.proposals.ProposalAction;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.TimelineEntry;

import java.util.List;

/**
 * The case record's story on its page: the {@link TimelineList} and, for those who may, a field to comment.
 */
class TimelinePanel extends Div {

    private static final int COMMENT_MAX = 2000;

    private final ProposalService proposals;
    private final Runnable onChanged;

    TimelinePanel(ProposalService proposals, Runnable onChanged) {
        this.proposals = proposals;
        this.onChanged = onChanged;
    }

    void show(ProposalDetails proposal) {
        removeAll();
        add(new H2(getTranslation("proposal.timeline")));
        if (proposal.may(ProposalAction.COMMENT)) {
            add(commentForm(proposal));
        }
        List<TimelineEntry> timeline = proposals.timeline(proposal.id());
        if (timeline.isEmpty()) {
            add(new EmptyState(getTranslation("proposal.timeline.empty")));
            return;
        }
        TimelineList entries = new TimelineList(timeline);
        entries.setId("timeline");
        add(entries);
    }

    private Component commentForm(ProposalDetails proposal) {
        TextArea comment = new TextArea(getTranslation("proposal.comment"));
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText(getTranslation("form.counter", 0, COMMENT_MAX));
        comment.addValueChangeListener(e -> comment.setHelperText(getTranslation("form.counter", e.getValue().length(), COMMENT_MAX)));
        Div message = new Div();
        FormErrors errors = new FormErrors(this, message::setText).field("comment", comment);
        Button send = new Button(getTranslation("proposal.comment.send"), e -> {
            try {
                proposals.comment(proposal.id(), comment.getValue());
                comment.clear();
                Toasts.success(getTranslation("proposal.comment.sent"));
                onChanged.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        return new Div(comment, message, send);
    }
}

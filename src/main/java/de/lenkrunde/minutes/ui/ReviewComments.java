package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.minutes.MinutesAction;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesView;
import de.lenkrunde.minutes.ReviewComment;
import de.lenkrunde.minutes.ReviewComment.AnswerKind;
import de.lenkrunde.minutes.ReviewComment.CommentKind;

/**
 * The review of one TOP: members' comments and objections with the minute-taker's answers, and the dialogs to
 * comment (members, while the review is open) and to answer (minute-taker; "übernommen" changes the TOP's text).
 */
class ReviewComments extends Composite<Div> {

    private final MinutesService service;
    private final MinutesView minutes;
    private final Runnable reload;

    ReviewComments(MinutesService service, MinutesView minutes, MinutesView.Item item, Runnable reload) {
        this.service = service;
        this.minutes = minutes;
        this.reload = reload;
        Div box = getContent();
        box.addClassName("minutes-comments");
        for (ReviewComment comment : item.comments()) {
            Div c = new Div();
            c.addClassName("minutes-comment");
            c.add(new Div(getTranslation(comment.kind() == CommentKind.OBJECTION ? "minutes.comment.objectionBy" : "minutes.comment.by",
                    comment.authorName(), Formats.dateTime(comment.createdAt())) + ": " + comment.text()));
            if (comment.answered()) {
                c.add(new Div(getTranslation(comment.answerKind() == AnswerKind.ACCEPTED ? "minutes.answer.acceptedBy"
                        : "minutes.answer.answeredBy", comment.answeredByName(), Formats.dateTime(comment.answeredAt()))
                        + ": " + comment.answerText()));
            } else if (minutes.may(MinutesAction.ANSWER)) {
                Button answer = new Button(getTranslation("minutes.answer"), e -> answerDialog(item, comment));
                answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
                c.add(answer);
            }
            box.add(c);
        }
        if (minutes.may(MinutesAction.COMMENT)) {
            Button comment = new Button(getTranslation("minutes.comment.add", item.number()), VaadinIcon.COMMENT_O.create(),
                    e -> commentDialog(item));
            comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(comment);
        }
    }

    private void commentDialog(MinutesView.Item item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("minutes.comment.title", item.number(), item.title()));
        RadioButtonGroup<CommentKind> kind = new RadioButtonGroup<>(getTranslation("minutes.comment.kind"));
        kind.setItems(CommentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == CommentKind.OBJECTION ? "minutes.comment.OBJECTION" : "minutes.comment.COMMENT"));
        kind.setValue(CommentKind.COMMENT);
        TextArea text = new TextArea(getTranslation("minutes.comment.text"));
        text.setMaxLength(MinutesService.MAX_COMMENT);
        text.setWidth("min(40rem, 80vw)");
        text.setRequired(true);
        Div message = new Div();
        message.addClassName("field-error");
        dialog.add(kind, text, message);
        FormErrors errors = new FormErrors(this, message::setText).field("comment", text);
        Button send = new Button(getTranslation("minutes.comment.send"), e -> {
            if (errors.submit(() -> service.comment(minutes.id(), item.itemId(), kind.getValue(), text.getValue()))) {
                dialog.close();
                Toasts.success(getTranslation("minutes.comment.sent"));
                reload.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void answerDialog(MinutesView.Item item, ReviewComment comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("minutes.answer.title", item.number()));
        dialog.add(new Paragraph(comment.authorName() + ": " + comment.text()));
        RadioButtonGroup<AnswerKind> kind = new RadioButtonGroup<>(getTranslation("minutes.answer.kind"));
        kind.setItems(AnswerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == AnswerKind.ACCEPTED ? "minutes.answer.ACCEPTED" : "minutes.answer.ANSWERED"));
        kind.setValue(AnswerKind.ANSWERED);
        TextArea answer = new TextArea(getTranslation("minutes.answer.text"));
        answer.setMaxLength(MinutesService.MAX_COMMENT);
        answer.setWidthFull();
        answer.setRequired(true);
        TextArea newText = new TextArea(getTranslation("minutes.answer.newText", item.number()));
        newText.setValue(item.text());
        newText.setWidthFull();
        newText.setMinHeight("10rem");
        newText.setVisible(false);
        kind.addValueChangeListener(e -> newText.setVisible(e.getValue() == AnswerKind.ACCEPTED));
        Div message = new Div();
        message.addClassName("field-error");
        Div box = new Div(kind, answer, newText, message);
        box.setWidth("min(50rem, 85vw)");
        dialog.add(box);
        FormErrors errors = new FormErrors(this, message::setText).field("answer", answer).field("text", newText);
        Button save = new Button(getTranslation("minutes.answer.send"), e -> {
            if (errors.submit(() -> service.answer(comment.id(), comment.version(), kind.getValue(), answer.getValue(),
                    kind.getValue() == AnswerKind.ACCEPTED ? newText.getValue() : null, item.textVersion()))) {
                dialog.close();
                Toasts.success(getTranslation("minutes.answer.sent"));
                reload.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}

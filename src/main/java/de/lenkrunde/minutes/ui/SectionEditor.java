package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesTextConflictException;
import de.lenkrunde.minutes.MinutesView;

/**
 * Edits the minutes' text of one TOP (Markdown, as in the console). Saving names the version the editor started from;
 * when someone else saved in between, both texts are shown side by side and the editor chooses — nothing is lost.
 */
class SectionEditor extends Composite<Div> {

    private final MinutesService service;
    private final long minutesId;
    private final long itemId;
    private final TextArea text = new TextArea();
    private long version;

    SectionEditor(MinutesService service, long minutesId, MinutesView.Item item, Runnable saved, Runnable cancelled) {
        this.service = service;
        this.minutesId = minutesId;
        this.itemId = item.itemId();
        this.version = item.textVersion();
        text.setLabel(getTranslation("minutes.text.label", item.number()));
        text.setHelperText(getTranslation("minutes.text.help"));
        text.setValue(item.text());
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxLength(MinutesService.MAX_TEXT);
        Button save = new Button(getTranslation("minutes.text.save"), e -> {
            if (save()) {
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> cancelled.run());
        getContent().add(text, new HorizontalLayout(save, cancel));
        getContent().addClassName("minutes-editor");
    }

    private boolean save() {
        try {
            service.saveText(minutesId, itemId, version, text.getValue());
            Toasts.success(getTranslation("minutes.text.saved"));
            return true;
        } catch (MinutesTextConflictException conflict) {
            showConflict(conflict);
        } catch (InvalidInputException invalid) {
            text.setErrorMessage(getTranslation(invalid.errors().get(0).messageKey(), invalid.errors().get(0).arguments().values().toArray()));
            text.setInvalid(true);
        }
        return false;
    }

    private void showConflict(MinutesTextConflictException conflict) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("minutes.conflict.title"));
        dialog.setWidth("min(60rem, 95vw)");
        TextArea mine = new TextArea(getTranslation("minutes.conflict.mine"));
        mine.setValue(conflict.mine());
        mine.setWidthFull();
        mine.setMinHeight("14rem");
        TextArea theirs = new TextArea(getTranslation("minutes.conflict.theirs", conflict.theirAuthor() == null ? "" : conflict.theirAuthor()));
        theirs.setValue(conflict.theirs());
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        theirs.setMinHeight("14rem");
        HorizontalLayout both = new HorizontalLayout(mine, theirs);
        both.setWidthFull();
        dialog.add(new Div(getTranslation("minutes.conflict.text")), both);
        Button keepMine = new Button(getTranslation("minutes.conflict.keepMine"), e -> {
            version = conflict.theirVersion();
            text.setValue(mine.getValue());
            dialog.close();
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button(getTranslation("minutes.conflict.takeTheirs"), e -> {
            version = conflict.theirVersion();
            text.setValue(conflict.theirs());
            dialog.close();
        });
        dialog.setCloseOnOutsideClick(false);
        dialog.getFooter().add(takeTheirs, keepMine);
        dialog.open();
    }
}

package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.DebouncePhase;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.live.LiveNotesService;
import de.lenkrunde.live.Note;
import de.lenkrunde.live.NoteConflictException;

/**
 * The notes of one TOP: Markdown in a text area with a preview, saved a few seconds after typing stops and
 * when the item is left, with a visible "gespeichert" state. When someone else saved in between, both
 * texts are shown side by side and the user chooses — nothing is overwritten silently.
 */
class NotesEditor extends Composite<Div> {

    private static final int AUTOSAVE_MILLIS = 3000;

    private final LiveNotesService notes;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final Span state = new Span();
    private long meetingId;
    private long itemId;
    private long version;
    private boolean dirty;
    private boolean editable;

    NotesEditor(LiveNotesService notes) {
        this.notes = notes;
        text.setLabel(getTranslation("live.notes"));
        text.setHelperText(getTranslation("live.notes.help"));
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(20000);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(AUTOSAVE_MILLIS);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dirty = true;
                save();
            }
        });
        // typing marks the text unsaved at once: the first key of a burst (LEADING) is reported before the value
        // that carries it. A trailing report could arrive after the save and leave "ungespeichert" standing.
        text.getElement().addEventListener("input", e -> setState("live.notes.typing")).debounce(500, DebouncePhase.LEADING);
        state.getElement().setAttribute("aria-live", "polite");
        state.addClassName("notes-state");
        preview.addClassName("notes-preview");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("live.notes.write"), text);
        tabs.add(getTranslation("live.notes.preview"), preview);
        tabs.addSelectedChangeListener(e -> showPreview());
        tabs.setWidthFull();
        Div stateLine = new Div(state);
        stateLine.addClassName("notes-state-line");
        getContent().add(stateLine, tabs);
        getContent().addClassName("notes-editor");
    }

    /** Shows the notes of an item; saves the previous item's unsaved text first. */
    void show(long meetingId, long itemId, boolean editable) {
        if (this.itemId == itemId && this.meetingId == meetingId) {
            this.editable = editable;
            text.setReadOnly(!editable);
            return;
        }
        saveIfDirty();
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.editable = editable;
        Note note = notes.note(meetingId, itemId);
        version = note.version();
        text.setValue(note.text() == null ? "" : note.text());
        text.setReadOnly(!editable);
        dirty = false;
        setState(note.version() == 0 ? null : "live.notes.saved");
    }

    /** Another device saved these notes: take them unless the user is typing. */
    void refreshFromServer() {
        if (itemId == 0 || dirty) {
            return;
        }
        Note note = notes.note(meetingId, itemId);
        if (note.version() != version) {
            version = note.version();
            text.setValue(note.text() == null ? "" : note.text());
        }
    }

    void saveIfDirty() {
        if (dirty && editable) {
            save();
        }
    }

    private void save() {
        if (!editable || itemId == 0) {
            return;
        }
        try {
            Note saved = notes.save(meetingId, itemId, version, text.getValue());
            version = saved.version();
            dirty = false;
            text.setInvalid(false);
            setState("live.notes.saved");
        } catch (NoteConflictException e) {
            setState("live.notes.conflict");
            showConflict(e);
        } catch (InvalidInputException e) {
            text.setErrorMessage(getTranslation(e.errors().get(0).messageKey()));
            text.setInvalid(true);
            setState("live.notes.notSaved");
        }
    }

    private void showConflict(NoteConflictException conflict) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.notes.conflict.title"));
        dialog.setWidth("min(60rem, 95vw)");
        TextArea mine = new TextArea(getTranslation("live.notes.conflict.mine"));
        mine.setValue(conflict.mine() == null ? "" : conflict.mine());
        mine.setWidthFull();
        mine.setMinHeight("14rem");
        TextArea theirs = new TextArea(getTranslation("live.notes.conflict.theirs", conflict.theirAuthor() == null ? "" : conflict.theirAuthor()));
        theirs.setValue(conflict.theirs() == null ? "" : conflict.theirs());
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        theirs.setMinHeight("14rem");
        HorizontalLayout both = new HorizontalLayout(mine, theirs);
        both.setWidthFull();
        dialog.add(new Div(getTranslation("live.notes.conflict.text")), both);
        Button keepMine = new Button(getTranslation("live.notes.conflict.keepMine"), e -> {
            version = conflict.theirVersion();
            text.setValue(mine.getValue());
            dirty = true;
            dialog.close();
            save();
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button(getTranslation("live.notes.conflict.takeTheirs"), e -> {
            version = conflict.theirVersion();
            text.setValue(conflict.theirs() == null ? "" : conflict.theirs());
            dirty = false;
            setState("live.notes.saved");
            dialog.close();
        });
        dialog.setCloseOnOutsideClick(false);
        dialog.getFooter().add(takeTheirs, keepMine);
        dialog.open();
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new Html("<div>" + notes.html(text.getValue()) + "</div>"));
    }

    private void setState(String key) {
        state.setText(key == null ? "" : getTranslation(key));
        state.getElement().setAttribute("data-state", key == null ? "" : key.substring(key.lastIndexOf('.') + 1));
    }
}

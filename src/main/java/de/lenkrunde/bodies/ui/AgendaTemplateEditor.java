package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AgendaTemplateItem;
import de.lenkrunde.bodies.BodyService;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's agenda template (Tagesordnungsvorlage): the items in order in a small grid, the selected one
 * in a side form, buttons to add, remove and move items, and one save for the whole template. Reordering
 * works by buttons, so it needs no drag and drop.
 */
class AgendaTemplateEditor extends Div {

    private static final Pattern ITEM_FIELD = Pattern.compile("templateItems\\[(\\d+)]\\.(\\w+)");

    private final BodyService bodies;
    private final LongConsumer onSaved;
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private final Div formMessage = new Div();
    private final Grid<TemplateRow> grid = new Grid<>();
    private final AgendaTemplateItemForm form = new AgendaTemplateItemForm(formMessage::setText, this::rowChanged);
    private final Button add = new Button();
    private final Button remove = new Button();
    private final Button up = new Button();
    private final Button down = new Button();
    private final Button save = new Button();
    private final List<TemplateRow> rows = new ArrayList<>();
    /** The server's verdict per row, shown at the fields whenever the row is selected. */
    private final Map<TemplateRow, List<FieldError>> rowErrors = new IdentityHashMap<>();
    private long bodyId;
    private long version;
    private boolean dirty;

    /**
     * @param onSaved told the body's version the template was saved against, after a successful save
     */
    AgendaTemplateEditor(BodyService bodies, Runnable close, LongConsumer onSaved) {
        this.bodies = bodies;
        this.onSaved = onSaved;
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.getStyle().set("color", "var(--lumo-error-text-color)");

        grid.setAriaLabel(getTranslation("agendaTemplate.title"));
        grid.addColumn(r -> rows.indexOf(r) + 1).setHeader(getTranslation("agendaTemplate.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.title).setHeader(getTranslation("agendaTemplate.itemTitle")).setFlexGrow(1);
        grid.addColumn(r -> AgendaTemplateItemForm.kindLabel(this, r.kind)).setHeader(getTranslation("agendaTemplate.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.plannedMinutes == null ? "" : String.valueOf(r.plannedMinutes))
                .setHeader(getTranslation("agendaTemplate.minutes")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.nonPublic ? "common.yes" : "common.no"))
                .setHeader(getTranslation("agendaTemplate.nonPublic")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.atEnd ? "common.yes" : "common.no"))
                .setHeader(getTranslation("agendaTemplate.atEnd")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("agendaTemplate.empty"));
        grid.setItems(rows);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        add.setText(getTranslation("agendaTemplate.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> addRow());
        remove.setText(getTranslation("agendaTemplate.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addClickListener(e -> confirmRemove());
        up.setText(getTranslation("agendaTemplate.moveUp"));
        up.setIcon(VaadinIcon.ARROW_UP.create());
        up.addClickListener(e -> move(-1));
        down.setText(getTranslation("agendaTemplate.moveDown"));
        down.setIcon(VaadinIcon.ARROW_DOWN.create());
        down.addClickListener(e -> move(1));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);

        HorizontalLayout rowButtons = new HorizontalLayout(add, remove, up, down);
        rowButtons.setWrap(true);
        rowButtons.setSpacing(true);
        VerticalLayout list = new VerticalLayout(grid, rowButtons);
        list.setPadding(false);
        // Side by side where there is room, the form below the grid where there is not.
        list.setWidth(null);
        list.getStyle().set("flex", "2 1 24rem");
        form.getElement().getStyle().set("flex", "1 1 16rem");
        HorizontalLayout content = new HorizontalLayout(list, form);
        content.setWidthFull();
        content.setWrap(true);
        content.setAlignItems(FlexComponent.Alignment.START);
        add(new Paragraph(getTranslation("agendaTemplate.help")), conflict, content, formMessage,
                new HorizontalLayout(save, new Button(getTranslation("action.close"), e -> close.run())));
    }

    /** Loads the body's template; {@code bodyVersion} is the version a save must match. */
    void load(long bodyId, long bodyVersion) {
        this.bodyId = bodyId;
        this.version = bodyVersion;
        rows.clear();
        bodies.agendaTemplate(bodyId).forEach(item -> rows.add(TemplateRow.of(item)));
        rowErrors.clear();
        dirty = false;
        conflict.hide();
        formMessage.setText("");
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        select(null);
    }

    /** The body's version this editor will save against. */
    long version() {
        return version;
    }

    /**
     * Takes over a newer version of the body after this user saved its other settings, keeping what was
     * typed here. Only for a version that contains no change of this template by anyone else.
     */
    void adoptVersion(long bodyVersion) {
        this.version = bodyVersion;
    }

    /** Whether there are changes not saved yet. */
    boolean isDirty() {
        return dirty;
    }

    private void reload() {
        load(bodyId, bodies.get(bodyId).version());
    }

    private void select(TemplateRow row) {
        if (row != form.row()) {
            form.setRow(row);
        }
        List<FieldError> errors = row == null ? List.of() : rowErrors.getOrDefault(row, List.of());
        if (errors.isEmpty()) {
            form.errors().clear();
        } else {
            form.errors().show(new InvalidInputException(errors));
        }
        updateButtons();
    }

    private void rowChanged() {
        dirty = true;
        grid.getDataProvider().refreshItem(form.row());
    }

    private void addRow() {
        int position = 0;
        while (position < rows.size() && !rows.get(position).atEnd) {
            position++;
        }
        TemplateRow row = TemplateRow.blank();
        rows.add(position, row);
        dirty = true;
        grid.getDataProvider().refreshAll();
        grid.select(row);
        form.focus();
    }

    private void confirmRemove() {
        TemplateRow row = form.row();
        if (row == null) {
            return;
        }
        Confirmations.destructive(getTranslation("agendaTemplate.remove.header"),
                getTranslation("agendaTemplate.remove.text", row.title == null || row.title.isBlank() ? "…" : row.title),
                getTranslation("agendaTemplate.remove"), () -> removeRow(row));
    }

    private void removeRow(TemplateRow row) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        rows.remove(index);
        rowErrors.remove(row);
        dirty = true;
        grid.getDataProvider().refreshAll();
        if (rows.isEmpty()) {
            grid.deselectAll();
        } else {
            grid.select(rows.get(Math.min(index, rows.size() - 1)));
        }
    }

    private void move(int delta) {
        TemplateRow row = form.row();
        int index = rows.indexOf(row);
        int target = index + delta;
        if (index < 0 || target < 0 || target >= rows.size()) {
            return;
        }
        rows.set(index, rows.get(target));
        rows.set(target, row);
        dirty = true;
        grid.getDataProvider().refreshAll();
        grid.select(row);
        updateButtons();
    }

    private void updateButtons() {
        int index = rows.indexOf(form.row());
        remove.setEnabled(index >= 0);
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < rows.size() - 1);
        add.setEnabled(rows.size() < AgendaTemplateItem.MAX_ITEMS);
    }

    private void save() {
        formMessage.setText("");
        rowErrors.clear();
        form.errors().clear();
        long savedAgainst = version;
        try {
            bodies.updateAgendaTemplate(bodyId, savedAgainst, rows.stream().map(TemplateRow::toItem).toList());
            Toasts.success(getTranslation("action.saved"));
            onSaved.accept(savedAgainst);
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
        }
    }

    /** Puts each error at its row; selects the first row with an error unless the selected row has one. */
    private void showErrors(InvalidInputException e) {
        List<String> general = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Matcher matcher = error.field() == null ? null : ITEM_FIELD.matcher(error.field());
            if (matcher != null && matcher.matches() && Integer.parseInt(matcher.group(1)) < rows.size()) {
                TemplateRow row = rows.get(Integer.parseInt(matcher.group(1)));
                rowErrors.computeIfAbsent(row, r -> new ArrayList<>())
                        .add(new FieldError(matcher.group(2), error.messageKey(), error.arguments()));
            } else {
                general.add(getTranslation(error.messageKey(), error.arguments().getOrDefault("max", ""),
                        error.arguments().getOrDefault("min", "")));
            }
        }
        if (!rowErrors.isEmpty()) {
            TreeSet<Integer> numbers = new TreeSet<>();
            rowErrors.keySet().forEach(row -> numbers.add(rows.indexOf(row) + 1));
            general.add(getTranslation("agendaTemplate.itemErrors",
                    String.join(", ", numbers.stream().map(String::valueOf).toList())));
            TemplateRow selected = form.row();
            if (selected != null && rowErrors.containsKey(selected)) {
                select(selected);
            } else {
                grid.select(rows.get(numbers.first() - 1));
            }
        }
        formMessage.setText(String.join(" ", general));
    }
}

package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Arrays;
import java.util.List;

/** Translations for the texts built into Vaadin components. */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static DatePicker.DatePickerI18n datePicker(Component c) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(split(c, "datepicker.months"));
        i18n.setWeekdays(split(c, "datepicker.weekdays"));
        i18n.setWeekdaysShort(split(c, "datepicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(c.getTranslation("datepicker.today"));
        i18n.setCancel(c.getTranslation("action.cancel"));
        i18n.setDateFormat("dd.MM.yyyy");
        i18n.setBadInputErrorMessage(c.getTranslation("validation.date"));
        return i18n;
    }

    /** A date field with German texts and format, labelled. */
    public static DatePicker datePicker(Component c, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(datePicker(c));
        picker.setLocale(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.GERMANY : com.vaadin.flow.component.UI.getCurrent().getLocale());
        return picker;
    }

    private static List<String> split(Component c, String key) {
        return Arrays.asList(c.getTranslation(key).split(","));
    }
}

package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;

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

    /** Texts of the Upload component (drop zone, buttons, errors, progress) in the user's language. */
    public static UploadI18N upload(Component c) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.dropOne")).setMany(c.getTranslation("upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.addOne")).setMany(c.getTranslation("upload.addMany")))
                .setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.retry")).setStart(c.getTranslation("upload.start"))
                        .setRemove(c.getTranslation("upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.tooManyFiles"))
                        .setFileIsTooBig(c.getTranslation("upload.fileTooBig"))
                        .setIncorrectFileType(c.getTranslation("upload.incorrectType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                                .setStalled(c.getTranslation("upload.stalled")).setProcessing(c.getTranslation("upload.processing"))
                                .setHeld(c.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(c.getTranslation("upload.remaining"))
                                .setUnknown(c.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(c.getTranslation("upload.serverError"))
                                .setForbidden(c.getTranslation("upload.forbidden"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    private static List<String> split(Component c, String key) {
        return Arrays.asList(c.getTranslation(key).split(","));
    }
}

package de.lenkrunde.minutes.ui;

import de.lenkrunde.minutes.MinutesListItem;
import de.lenkrunde.minutes.MinutesStatus;
import de.lenkrunde.minutes.MinutesView;

/** Translation keys of the minutes' states and lists, in one place. */
final class MinutesTexts {

    private MinutesTexts() {
    }

    static String statusKey(MinutesStatus status) {
        return switch (status) {
            case DRAFT -> "minutes.status.DRAFT";
            case RELEASED -> "minutes.status.RELEASED";
            case APPROVED -> "minutes.status.APPROVED";
        };
    }

    /** Released minutes whose signatures a change voided say so. */
    static String statusKey(MinutesView m) {
        return m.status() == MinutesStatus.RELEASED && !m.signed() ? "minutes.status.RELEASED_UNSIGNED" : statusKey(m.status());
    }

    static String waitingKey(MinutesListItem.WaitingFor waitingFor) {
        return switch (waitingFor) {
            case SIGNATURE -> "minutes.waiting.SIGNATURE";
            case CIRCULATION -> "minutes.waiting.CIRCULATION";
            case REVIEW -> "minutes.waiting.REVIEW";
            case APPROVAL -> "minutes.waiting.APPROVAL";
        };
    }
}

package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.funding.FundingStatus;

import java.math.BigDecimal;

/** Small texts and badges the funding views share. */
final class FundingTexts {

    private FundingTexts() {
    }

    static Span statusBadge(Component translator, FundingStatus status) {
        Span badge = new Span(translator.getTranslation("funding.status." + status.name()));
        String theme = switch (status) {
            case APPROVED, PARTIALLY_APPROVED -> "badge success";
            case REJECTED, CANCELLED -> "badge contrast";
            case AWAITING_SECOND_APPROVAL -> "badge";
            case REQUESTED -> "badge";
        };
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }

    static String vote(Component translator, Vote vote) {
        if (vote == null) {
            return "";
        }
        return translator.getTranslation("funding.vote." + vote.method().name(), number(vote.yes()), number(vote.no()),
                number(vote.abstain()));
    }

    static String money(BigDecimal amount) {
        return amount == null ? "–" : Formats.money(amount);
    }

    private static String number(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}

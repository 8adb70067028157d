package de.lenkrunde.funding.ui;

import de.lenkrunde.base.ui.RecordPageAccess;
import de.lenkrunde.funding.FundingService;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's page ({@code finanzen/<id>}) is open to finance, admins and those who follow the target body's
 * proposals — not to the focus group whose proposal it funds, even though its chair may open the finance queue's route.
 */
@Component
class FundingRequestPageAccess implements RecordPageAccess {

    private static final Pattern REQUEST_PAGE = Pattern.compile(FundingService.ROUTE + "/([0-9]+)");

    private final FundingService funding;

    FundingRequestPageAccess(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public boolean owns(String route) {
        return REQUEST_PAGE.matcher(route).matches();
    }

    @Override
    public boolean mayOpen(String route) {
        Matcher matcher = REQUEST_PAGE.matcher(route);
        return matcher.matches() && funding.mayRead(Long.parseLong(matcher.group(1)));
    }
}

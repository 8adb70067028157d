package de.lenkrunde.funding.ui;

import de.lenkrunde.base.ui.PageAccess;
import de.lenkrunde.funding.FundingService;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finance queue's route is open to every body manager, as the chair of a steering round follows its requests
 * there. A focus group's chair follows none: the queue would stay empty for them (so it is not in their menu), and a
 * request's page ({@code finanzen/<id>}) is not theirs (so the proposal's timeline names it without a link).
 */
@Component
class FundingPageAccess implements PageAccess {

    private static final Pattern REQUEST_PAGE = Pattern.compile(FundingService.ROUTE + "/([0-9]+)");

    private final FundingService funding;

    FundingPageAccess(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public boolean owns(String route) {
        return route.equals(FundingService.ROUTE) || REQUEST_PAGE.matcher(route).matches();
    }

    @Override
    public boolean mayOpen(String route) {
        if (route.equals(FundingService.ROUTE)) {
            return funding.mayUseQueue();
        }
        Matcher matcher = REQUEST_PAGE.matcher(route);
        return matcher.matches() && funding.mayRead(Long.parseLong(matcher.group(1)));
    }
}

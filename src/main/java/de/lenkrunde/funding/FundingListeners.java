package de.lenkrunde.funding;

import de.lenkrunde.decisions.DecisionRecorded;
import de.lenkrunde.people.SystemUser;
import de.lenkrunde.proposals.ProposalImplementationEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Events from below, taken after their commit in another thread, where nobody is signed in. The work runs through
 * the ordinary, protected services as the system user ({@link SystemUser}, global role ADMIN: the same explicit
 * helper that loads demo data), so the audit trail and the proposal's timeline say "System" (ADR 015).
 */
@Component
class FundingListeners {

    private final FundingAutomation automation;

    FundingListeners(FundingAutomation automation) {
        this.automation = automation;
    }

    @ApplicationModuleListener
    void on(DecisionRecorded decision) {
        SystemUser.call(() -> {
            automation.decisionRecorded(decision);
            return null;
        });
    }

    @ApplicationModuleListener
    void on(ProposalImplementationEnded ended) {
        SystemUser.call(() -> {
            automation.implementationEnded(ended);
            return null;
        });
    }
}

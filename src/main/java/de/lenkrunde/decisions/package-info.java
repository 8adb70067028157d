/**
 * Decisions (Beschlüsse) of a body taken in its meetings: motions, votes, gapless numbers per body and year,
 * corrections (Berichtigung), and the decision register. Recording a decision applies its outcome to the
 * proposal in the same transaction (a direct call to proposals) and publishes {@link de.lenkrunde.decisions.DecisionRecorded}
 * after the commit for the modules above (funding).
 */
@ApplicationModule(displayName = "Decisions")
package de.lenkrunde.decisions;

import org.springframework.modulith.ApplicationModule;

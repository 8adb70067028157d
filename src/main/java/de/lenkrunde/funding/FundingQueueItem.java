package de.lenkrunde.funding;

import de.lenkrunde.decisions.Vote;
import de.lenkrunde.proposals.HintePrinciple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One row of the finance queue: the proposal and the decision as decided, the money asked for, and the chosen
 * line's money available now ({@code lineAvailable}, null without a line).
 */
public record FundingQueueItem(long id, long proposalId, String proposalLabel, String originGroupName, String areaName,
                               List<HintePrinciple> principles, String decisionNumber, String decisionText, Vote vote,
                               BigDecimal requestedAmount, FundingStatus status, Long budgetLineId, String budgetLineLabel,
                               BigDecimal lineAvailable, BigDecimal approvedAmount, String firstDeciderName,
                               Instant createdAt) {
}

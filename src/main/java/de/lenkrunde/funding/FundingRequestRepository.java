package de.lenkrunde.funding;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface FundingRequestRepository extends ListCrudRepository<FundingRequest, Long> {

    List<FundingRequest> findByDecisionId(long decisionId);

    List<FundingRequest> findByProposalIdOrderByIdDesc(long proposalId);

    @Query("SELECT COUNT(*) > 0 FROM funding_request WHERE decision_id = :decisionId")
    boolean existsForDecision(long decisionId);
}

package de.lenkrunde.decisions;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByDecidedAtAscIdAsc(long meetingId);

    List<Decision> findByItemIdOrderByRevision(long itemId);

    List<Decision> findByProposalIdOrderByDecidedAtAscIdAsc(long proposalId);
}

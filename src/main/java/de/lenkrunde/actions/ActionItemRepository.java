package de.lenkrunde.actions;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface ActionItemRepository extends ListCrudRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

    List<ActionItem> findByDecisionIdOrderByIdAsc(long decisionId);
}

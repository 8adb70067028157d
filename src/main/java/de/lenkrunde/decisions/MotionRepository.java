package de.lenkrunde.decisions;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface MotionRepository extends ListCrudRepository<Motion, Long> {

    List<Motion> findByItemIdOrderByRecordedAtAscIdAsc(long itemId);

    List<Motion> findByMeetingIdOrderByRecordedAtAscIdAsc(long meetingId);
}

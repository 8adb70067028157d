package de.lenkrunde.minutes;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface MinutesRepository extends ListCrudRepository<Minutes, Long> {

    /** The editions of a meeting's minutes, first first. */
    List<Minutes> findByMeetingIdOrderByEdition(long meetingId);

    /** Minutes of a body in a state, e.g. those released and waiting for approval. */
    List<Minutes> findByBodyIdAndStatusOrderByMeetingStartsAt(long bodyId, MinutesStatus status);
}

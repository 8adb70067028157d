package de.lenkrunde.decisions;

import de.lenkrunde.meetings.DecidedItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/** Tells {@code meetings} which TOPs were decided, so closing the meeting settles them as done. */
@Component
class DecidedAgendaItems implements DecidedItems {

    private final JdbcClient jdbc;

    DecidedAgendaItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> decidedItemIds(long meetingId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT item_id FROM decision WHERE meeting_id = :meetingId")
                .param("meetingId", meetingId).query(Long.class).list());
    }
}

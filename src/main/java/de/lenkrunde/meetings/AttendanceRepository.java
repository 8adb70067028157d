package de.lenkrunde.meetings;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderById(long meetingId);
}

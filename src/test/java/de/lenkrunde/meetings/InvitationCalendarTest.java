package de.lenkrunde.meetings;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar entry of an invitation, parsed back with ical4j. */
class InvitationCalendarTest {

    private static final Instant NOW = Instant.parse("2026-06-04T09:15:30Z");
    private final InvitationCalendar calendar = new InvitationCalendar(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_request_carries_uid_sequence_method_and_the_meeting() throws Exception {
        byte[] ics = calendar.request(InvitationSamples.meeting(true, 2, InvitationSamples.items()), "lenkrunde@hameln.example");

        Calendar parsed = parse(ics);
        assertThat(value(parsed.getProperty(Property.METHOD))).isEqualTo("REQUEST");
        assertThat(value(parsed.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(parsed.getComponents("VEVENT")).hasSize(1);
        VEvent event = event(parsed);
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("meeting-42@lenkrunde.example");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("2");
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
        assertThat(value(event.getProperty(Property.SUMMARY))).isEqualTo("Lenkrunde Tellkamp: 3. ordentliche Sitzung 2026");
        assertThat(value(event.getProperty(Property.LOCATION)))
                .isEqualTo("Großer Sitzungssaal (Raum 1.12), Rathaus, Marktplatz 1, 31785 Hameln");
        assertThat(value(event.getProperty(Property.URL))).isEqualTo("https://lenkrunde.example/meetings/42");
        assertThat(value(event.getProperty(Property.ORGANIZER))).isEqualTo("mailto:lenkrunde@hameln.example");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Lenkrunde Tellkamp");
        assertThat(value(event.getProperty(Property.DTSTAMP))).isEqualTo("20260604T091530Z");
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-06-18T17:30:00Z"));
    }

    @Test
    void the_description_lists_the_public_agenda_only() throws Exception {
        VEvent event = event(parse(calendar.request(InvitationSamples.meeting(), null)));
        String description = value(event.getProperty(Property.DESCRIPTION));

        assertThat(description).startsWith("Tagesordnung (öffentlicher Teil):\n1 Eröffnung")
                .contains("\n5 Vorschläge aus den Fokusgruppen\n    5.1 Bewegungsparcours am Bürgerpark\n",
                        "\n7 Termine und Verschiedenes",
                        "Online-Zugang: https://meet.lenkrunde.example/lr-tellkamp-2026-03",
                        "Einladung und Unterlagen: https://lenkrunde.example/meetings/42")
                .doesNotContain("Personalangelegenheit", "Quartiersmanagement", "Grundstück");
        assertThat(event.getProperty(Property.ORGANIZER)).isEmpty();
    }

    @Test
    void start_times_are_in_berlin_time_in_summer_and_in_winter() throws Exception {
        Calendar summer = parse(calendar.request(InvitationSamples.meeting(), null));
        assertThat(instant(event(summer), Property.DTSTART)).isEqualTo(Instant.parse("2026-06-18T15:00:00Z"));

        Calendar winter = parse(calendar.request(InvitationSamples.onlineOnlyWithAwkwardText(), null));
        assertThat(instant(event(winter), Property.DTSTART)).isEqualTo(Instant.parse("2026-01-15T17:00:00Z"));
        // no planned end: an hour at least
        assertThat(instant(event(winter), Property.DTEND)).isEqualTo(Instant.parse("2026-01-15T18:00:00Z"));

        String text = new String(calendar.request(InvitationSamples.meeting(), null), StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:20260618T170000\r\n",
                "DTEND;TZID=Europe/Berlin:20260618T193000\r\n", "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
        assertThat(summer.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(((VTimeZone) summer.getComponents("VTIMEZONE").get(0)).getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");
    }

    @Test
    void an_online_meeting_has_the_link_as_location_and_markup_stays_text() throws Exception {
        VEvent event = event(parse(calendar.request(InvitationSamples.onlineOnlyWithAwkwardText(), null)));

        assertThat(value(event.getProperty(Property.LOCATION))).startsWith("https://meet.lenkrunde.example/rooms/");
        assertThat(value(event.getProperty(Property.SUMMARY)))
                .isEqualTo("Fokusgruppe <Senioren> & \"Nachbarn\": Sondersitzung: Haushalt 2027 & <Anträge>");
        assertThat(value(event.getProperty(Property.DESCRIPTION))).contains("1 Straße 1.234,56 € Łukasz Müller")
                .doesNotContain("Vertrauliches");
        assertThat(event.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void the_file_is_utf8_with_crlf_lines_folded_by_ical4j() {
        byte[] ics = calendar.request(InvitationSamples.onlineOnlyWithAwkwardText(), "vorsitz@hameln.example");
        String text = new String(ics, StandardCharsets.UTF_8);

        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(text)).isTrue();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        // ical4j folds long lines (at 75 characters, not octets) with CRLF and a space
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(lines).anyMatch(line -> line.startsWith(" "));
        assertThat(text.replace("\r\n ", "")).contains("1 Straße 1.234\\,56 € Łukasz Müller");
    }

    @Test
    void a_cancellation_has_method_cancel_status_cancelled_and_the_same_uid() throws Exception {
        Calendar parsed = parse(calendar.cancel(InvitationSamples.meeting(false, 3, InvitationSamples.items()),
                "lenkrunde@hameln.example"));

        assertThat(value(parsed.getProperty(Property.METHOD))).isEqualTo("CANCEL");
        VEvent event = event(parsed);
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("meeting-42@lenkrunde.example");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("3");
        assertThat(value(event.getProperty(Property.DESCRIPTION))).startsWith("Die Sitzung ist abgesagt.");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-06-18T15:00:00Z"));
    }

    @Test
    void ical4j_is_told_never_to_fetch_time_zones() throws IOException {
        Properties properties = new Properties();
        try (var in = InvitationCalendar.class.getResourceAsStream("/ical4j.properties")) {
            assertThat(in).isNotNull();
            properties.load(in);
        }
        assertThat(properties.getProperty("net.fortuna.ical4j.timezone.update.enabled")).isEqualTo("false");
        assertThat(new net.fortuna.ical4j.model.TimeZoneUpdater().isEnabled()).isFalse();
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponents("VEVENT").get(0);
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static Instant instant(VEvent event, String name) {
        Property property = event.getProperty(name).orElseThrow();
        Temporal temporal = ((net.fortuna.ical4j.model.property.DateProperty<?>) property).getDate();
        return Instant.from(temporal);
    }
}

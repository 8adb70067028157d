package de.lenkrunde.meetings;

import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.i18n.Languages;
import de.lenkrunde.base.i18n.TranslationProvider;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The invitation as an iCalendar entry (RFC 5545/5546) for the members' calendars: a {@code REQUEST} with
 * the public agenda, and a {@code CANCEL} when the meeting is called off. One UID per meeting; its
 * SEQUENCE grows with every change. Times carry TZID Europe/Berlin with the VTIMEZONE bundled in ical4j
 * (no network: see {@code ical4j.properties}).
 */
@Component
class InvitationCalendar {

    static final String TIME_ZONE = "Europe/Berlin";
    private static final String PRODUCT_ID = "-//Lenkrunde//Sitzungseinladung//DE";

    private final Clock clock;
    private final VTimeZone berlin;

    InvitationCalendar(Clock clock) {
        this.clock = clock;
        this.berlin = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TIME_ZONE).getVTimeZone();
    }

    /** {@code METHOD:REQUEST}: the invitation, or its update when {@code sequence} is above 0. */
    byte[] request(InvitationContent content, String organizerEmail) {
        return request(content, organizerEmail, Languages.GERMAN);
    }

    byte[] request(InvitationContent content, String organizerEmail, Locale locale) {
        return write(calendar(content, organizerEmail, Languages.supportedOrDefault(locale), false));
    }

    /** {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} for the meeting's UID and the given sequence. */
    byte[] cancel(InvitationContent content, String organizerEmail) {
        return cancel(content, organizerEmail, Languages.GERMAN);
    }

    byte[] cancel(InvitationContent content, String organizerEmail, Locale locale) {
        return write(calendar(content, organizerEmail, Languages.supportedOrDefault(locale), true));
    }

    private Calendar calendar(InvitationContent c, String organizerEmail, Locale locale, boolean cancelled) {
        ZonedDateTime start = c.start().withZoneSameInstant(Formats.ZONE);
        ZonedDateTime end = end(c).withZoneSameInstant(Formats.ZONE);

        VEvent event = new VEvent(false);
        event.add(new Uid(c.meetingUid()));
        event.add(new Sequence(c.sequence()));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(start.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtEnd<>(end.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Summary(translate(locale, "invitation.calendar.summary", c.bodyName(), c.title())));
        String location = location(c);
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        event.add(new Description(cancelled ? translate(locale, "invitation.calendar.cancelled") + "\n\n" + description(c, locale)
                : description(c, locale)));
        if (!isBlank(c.meetingUrl())) {
            event.add(new Url(uri(c.meetingUrl().strip())));
        }
        if (!isBlank(organizerEmail)) {
            event.add(new Organizer(new ParameterList(List.of(new Cn(c.bodyName()))),
                    uri("mailto:" + organizerEmail.strip())));
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT_ID)
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(berlin.copy())
                .withComponent(event);
        return calendar;
    }

    /** The planned end; without one, the agenda's planned minutes, at least an hour. */
    private static ZonedDateTime end(InvitationContent c) {
        if (c.plannedEnd() != null) {
            return c.plannedEnd();
        }
        int minutes = c.items() == null ? 0 : c.items().stream().filter(i -> i.depth() <= 0)
                .mapToInt(InvitationContent.Item::plannedMinutes).sum();
        return c.start().plusMinutes(Math.max(60, minutes));
    }

    private static String location(InvitationContent c) {
        String place = Stream.of(c.room(), c.address()).filter(s -> !isBlank(s)).map(String::strip)
                .collect(Collectors.joining(", "));
        return place.isEmpty() && !isBlank(c.onlineLink()) ? c.onlineLink().strip() : place;
    }

    /** The numbered public agenda, then the online access and the meeting's page. */
    private static String description(InvitationContent c, Locale locale) {
        StringBuilder text = new StringBuilder();
        List<InvitationContent.Item> items = InvitationPdf.part(c.items(), false);
        if (!items.isEmpty()) {
            text.append(translate(locale, "invitation.calendar.agenda"));
            for (InvitationContent.Item item : items) {
                text.append('\n').append(item.depth() > 0 ? "    " : "").append(item.number()).append(' ').append(item.title());
            }
        }
        if (!isBlank(c.onlineLink())) {
            text.append(text.isEmpty() ? "" : "\n\n").append(translate(locale, "invitation.calendar.online", c.onlineLink().strip()));
        }
        if (!isBlank(c.meetingUrl())) {
            text.append(text.isEmpty() ? "" : "\n\n").append(translate(locale, "invitation.calendar.details", c.meetingUrl().strip()));
        }
        return text.toString();
    }

    private static byte[] write(Calendar calendar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // not validating: iTIP validation wants attendees, which each mail's recipient is instead
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the calendar entry", e);
        }
        return out.toByteArray();
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid address for a calendar entry: " + text, e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String translate(Locale locale, String key, Object... arguments) {
        return TranslationProvider.translate(key, locale, arguments);
    }
}

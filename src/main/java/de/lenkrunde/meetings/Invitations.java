package de.lenkrunde.meetings;

import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.i18n.TranslationProvider;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.notifications.MailAttachment;
import de.lenkrunde.notifications.NotificationMessage;
import de.lenkrunde.notifications.Notifier;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The invitation as documents and mails: the PDF (members' version with the non-public part, public
 * version for guests), the calendar entry, and the mails to every invitee through the outbox — in the
 * caller's transaction, so the invitation exists exactly when the status change does. Mail delivery itself
 * happens after the commit and is retried per recipient; one bad address never rolls back publishing.
 */
@Component
class Invitations {

    /** Invitation documents are German: the body's official language. */
    private static final Locale DOCUMENT_LOCALE = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String PDF = "application/pdf";
    private static final String ICS = "text/calendar; charset=UTF-8; method=REQUEST";
    private static final String ICS_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
    /** Roles that read the non-public part (DESIGN.md §5); guests of the body get the public version. */
    static final EnumSet<BodyRole> INSIDER_ROLES = EnumSet.of(BodyRole.CHAIR, BodyRole.DEPUTY, BodyRole.MINUTE_TAKER,
            BodyRole.MEMBER, BodyRole.ADVISORY);

    private final InvitationPdf pdf;
    private final InvitationCalendar calendar;
    private final Notifier notifier;
    private final BodyService bodies;
    private final MembershipService memberships;
    private final PeopleService people;
    private final String baseUrl;
    private final String organizerEmail;
    private final java.time.Clock clock;

    Invitations(InvitationPdf pdf, InvitationCalendar calendar, Notifier notifier, BodyService bodies,
                MembershipService memberships, PeopleService people, java.time.Clock clock,
                @Value("${lenkrunde.base-url:http://localhost:8080}") String baseUrl,
                @Value("${lenkrunde.mail.from:lenkrunde@localhost}") String organizerEmail) {
        this.pdf = pdf;
        this.calendar = calendar;
        this.notifier = notifier;
        this.bodies = bodies;
        this.memberships = memberships;
        this.people = people;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.organizerEmail = organizerEmail;
        this.clock = clock;
    }

    /** The current members of the body and the meeting's guests: who gets the invitation now. */
    List<Invitee> inviteesFor(Meeting meeting) {
        List<Invitee> invitees = new ArrayList<>();
        memberships.list(meeting.bodyId(), false, org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(m -> m.current())
                .collect(Collectors.toMap(m -> m.personId(), m -> m, (a, b) -> INSIDER_ROLES.contains(a.role()) ? a : b,
                        java.util.LinkedHashMap::new))
                .values()
                .forEach(m -> invitees.add(new Invitee(m.personId(), m.personName(), null, m.role().name(), m.votingRight(),
                        INSIDER_ROLES.contains(m.role()))));
        meeting.guests().forEach(g -> invitees.add(new Invitee(null, g.name(), g.email(), Invitee.EXTERNAL_GUEST, false, false)));
        return invitees;
    }

    /** Sends the invitation (revision 1) or the amendment (later revisions) to every invitee. */
    void send(Meeting meeting) {
        boolean amended = meeting.agendaRevision() > 1;
        InvitationContent content = content(meeting, amended);
        List<MailAttachment> calendarFile = List.of(new MailAttachment(fileName(meeting, "ics"), ICS,
                calendar.request(content, organizerEmail)));
        String key = amended ? "meeting.mail.amended" : "meeting.mail.invitation";
        TypedReference subject = MeetingService.reference(meeting, content.bodyName());
        List<Long> insiders = new ArrayList<>();
        List<Long> outsiders = new ArrayList<>();
        for (Invitee invitee : meeting.invitees()) {
            if (invitee.personId() != null) {
                (invitee.nonPublic() ? insiders : outsiders).add(invitee.personId());
            }
        }
        notifier.notify(insiders, message(key, content, true), subject, attachments(content, true, calendarFile, meeting));
        List<MailAttachment> publicAttachments = attachments(content, false, calendarFile, meeting);
        notifier.notify(outsiders, message(key, content, false), subject, publicAttachments);
        for (Invitee guest : meeting.invitees()) {
            if (guest.personId() == null) {
                notifier.mailGuest(guest.name(), guest.email(), message(key, content, false), subject, publicAttachments);
            }
        }
    }

    /** Tells every invitee the meeting is cancelled, with a calendar cancellation. */
    void sendCancellation(Meeting meeting) {
        InvitationContent content = content(meeting, false);
        List<MailAttachment> cancel = List.of(new MailAttachment(fileName(meeting, "ics"), ICS_CANCEL,
                calendar.cancel(content, organizerEmail)));
        NotificationMessage message = NotificationMessage.of("meeting.mail.cancelled", content.bodyName(), content.title(),
                when(content), meeting.cancelReason());
        TypedReference subject = MeetingService.reference(meeting, content.bodyName());
        List<Long> members = meeting.invitees().stream().map(Invitee::personId).filter(java.util.Objects::nonNull).toList();
        notifier.notify(members, message, subject, cancel);
        meeting.invitees().stream().filter(i -> i.personId() == null)
                .forEach(g -> notifier.mailGuest(g.name(), g.email(), message, subject, cancel));
    }

    byte[] pdf(Meeting meeting, boolean withNonPublic) {
        return pdf.render(content(meeting, meeting.agendaRevision() > 1), withNonPublic);
    }

    byte[] calendarEntry(Meeting meeting) {
        InvitationContent content = content(meeting, false);
        return meeting.status() == MeetingStatus.CANCELLED ? calendar.cancel(content, organizerEmail)
                : calendar.request(content, organizerEmail);
    }

    static String fileName(Meeting meeting, String extension) {
        return "einladung-" + meeting.startsAt().atZone(Formats.ZONE).toLocalDate() + "-" + meeting.id() + "." + extension;
    }

    private List<MailAttachment> attachments(InvitationContent content, boolean withNonPublic, List<MailAttachment> calendarFile,
                                             Meeting meeting) {
        List<MailAttachment> attachments = new ArrayList<>();
        attachments.add(new MailAttachment(fileName(meeting, "pdf"), PDF, pdf.render(content, withNonPublic)));
        attachments.addAll(calendarFile);
        return attachments;
    }

    private NotificationMessage message(String key, InvitationContent content, boolean withNonPublic) {
        return NotificationMessage.of(key, content.bodyName(), content.title(), when(content), place(content),
                agendaText(content, withNonPublic));
    }

    private static String when(InvitationContent content) {
        return DATE.format(content.start()) + ", " + TIME.format(content.start()) + "–" + TIME.format(content.plannedEnd());
    }

    private static String place(InvitationContent content) {
        List<String> parts = new ArrayList<>();
        if (content.room() != null) {
            parts.add(content.room());
        }
        if (content.address() != null) {
            parts.add(content.address());
        }
        if (content.onlineLink() != null) {
            parts.add(content.onlineLink());
        }
        return String.join(", ", parts);
    }

    /** The agenda as plain text for the mail: "TOP 3.1  Title (Beschluss)". */
    private static String agendaText(InvitationContent content, boolean withNonPublic) {
        StringBuilder text = new StringBuilder();
        boolean nonPublicHeading = false;
        for (InvitationContent.Item item : content.items()) {
            if (item.nonPublic()) {
                if (!withNonPublic) {
                    continue;
                }
                if (!nonPublicHeading) {
                    text.append('\n').append(t("meeting.pdf.nonPublicPart")).append('\n');
                    nonPublicHeading = true;
                }
            }
            text.append(item.depth() > 0 ? "    " : "").append("TOP ").append(item.number()).append("  ").append(item.title())
                    .append(" (").append(item.kindLabel()).append(")\n");
        }
        return text.toString().stripTrailing();
    }

    /** The content for PDF and calendar; items in agenda order, withdrawn ones marked. */
    InvitationContent content(Meeting meeting, boolean amended) {
        BodyDetails body = bodies.get(meeting.bodyId());
        List<String> numbers = meeting.numbers();
        List<InvitationContent.Item> items = new ArrayList<>();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            AgendaItemData data = item.data();
            String title = item.state() == AgendaItemState.WITHDRAWN ? t("meeting.pdf.withdrawn", data.title()) : data.title();
            items.add(new InvitationContent.Item(numbers.get(i), item.depth(), title, t("agendaItemKind." + data.kind().name()),
                    data.plannedMinutes(), data.presenter(), data.nonPublic(), item.proposalLabel(), data.description()));
        }
        ZonedDateTime start = meeting.startsAt().atZone(Formats.ZONE);
        LocalDate issued = clock.instant().atZone(Formats.ZONE).toLocalDate();
        return new InvitationContent(body.data().name(), t("bodyType." + body.data().type().name()), body.areaName(),
                meeting.title(), start, meeting.endsAt().atZone(Formats.ZONE), meeting.room(), meeting.address(),
                meeting.onlineLink(), chairName(meeting.bodyId()), items, issued, amended,
                "meeting-" + meeting.id() + "@lenkrunde",
                // SEQUENCE: 0 for the invitation, +1 per amendment, and once more for the cancellation
                meeting.status() == MeetingStatus.CANCELLED ? meeting.agendaRevision() : Math.max(0, meeting.agendaRevision() - 1),
                baseUrl + "/" + MeetingService.route(meeting.id()));
    }

    private String chairName(long bodyId) {
        return memberships.currentPersonIds(bodyId, EnumSet.of(BodyRole.CHAIR)).stream().findFirst()
                .map(id -> people.references(List.of(id)).get(id)).map(PersonReference::displayName).orElse(null);
    }

    private static String t(String key, Object... arguments) {
        return TranslationProvider.translate(key, DOCUMENT_LOCALE, arguments);
    }
}

package de.lenkrunde.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attachment value and the check of a guest's address, without Spring. */
class MailAttachmentTest {

    @Test
    void an_attachment_keeps_its_own_copy_of_the_bytes() {
        byte[] bytes = {1, 2, 3};
        MailAttachment attachment = new MailAttachment(" agenda.pdf ", "application/pdf", bytes);
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment.fileName()).isEqualTo("agenda.pdf");
        assertThat(attachment.size()).isEqualTo(3);
        assertThat(attachment).hasToString("MailAttachment[agenda.pdf, application/pdf, 3 bytes]");
    }

    @Test
    void name_type_and_bytes_are_required() {
        assertThatThrownBy(() -> new MailAttachment(null, "application/pdf", new byte[0])).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MailAttachment(" ", "application/pdf", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", null, new byte[0])).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MailAttachment("a.pdf", "application/pdf", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MailAttachment("a\r\nBcc: x@y.z", "application/pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a".repeat(201), "application/pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailAttachment("empty.txt", "text/plain", new byte[0]).size()).isZero();
    }

    @Test
    void a_guest_address_must_be_one_plain_well_formed_address() {
        assertThat(Notifier.addressError("gerda@example.org")).isNull();
        assertThat(Notifier.addressError("g.gast+beirat@mail.example.org")).isNull();
        assertThat(Notifier.addressError("")).isEqualTo("Invalid e-mail address: none given");
        assertThat(Notifier.addressError("kurt@@kaputt..example")).startsWith("Invalid e-mail address");
        assertThat(Notifier.addressError("kurt.example.org")).startsWith("Invalid e-mail address");
        assertThat(Notifier.addressError("a@b.example, c@d.example")).startsWith("Invalid e-mail address");
        assertThat(Notifier.addressError("Kurt <kurt@example.org>")).startsWith("Invalid e-mail address");
        assertThat(Notifier.addressError("kurt @example.org")).startsWith("Invalid e-mail address");
        assertThat(Notifier.addressError("x".repeat(250) + "@example.org")).startsWith("Invalid e-mail address");
    }
}

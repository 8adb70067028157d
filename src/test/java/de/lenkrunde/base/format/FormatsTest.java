package de.lenkrunde.base.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    /** The JDK writes a non-breaking space (U+00A0) between amount and €. */
    private static final String NBSP = "\u00A0";

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(textBlock = """
            2026-01-15T10:15:00Z, 15.01.2026 11:15
            2026-07-01T10:15:00Z, 01.07.2026 12:15
            2026-03-29T00:59:00Z, 29.03.2026 01:59
            2026-03-29T01:00:00Z, 29.03.2026 03:00
            2026-10-25T00:59:00Z, 25.10.2026 02:59
            2026-10-25T01:00:00Z, 25.10.2026 02:00
            2026-06-30T22:30:00Z, 01.07.2026 00:30
            2026-12-31T23:00:00Z, 01.01.2027 00:00
            """)
    void a_utc_instant_is_shown_in_berlin_time_with_summer_time(String utc, String berlin) {
        assertThat(Formats.dateTime(Instant.parse(utc))).isEqualTo(berlin);
    }

    @Test
    void the_date_of_an_instant_is_the_berlin_calendar_day() {
        assertThat(Formats.date(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("01.07.2026");
        assertThat(Formats.date(Instant.parse("2026-06-30T21:59:00Z"))).isEqualTo("30.06.2026");
    }

    @Test
    void a_calendar_date_is_shown_with_two_digit_day_and_month() {
        assertThat(Formats.date(LocalDate.of(2026, 2, 3))).isEqualTo("03.02.2026");
    }

    @Test
    void missing_values_are_shown_as_empty_text() {
        assertThat(Formats.dateTime(null)).isEmpty();
        assertThat(Formats.date((Instant) null)).isEmpty();
        assertThat(Formats.date((LocalDate) null)).isEmpty();
        assertThat(Formats.money(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is shown as {1} €")
    @CsvSource(delimiter = '|', textBlock = """
            1234.56    | 1.234,56
            0          | 0,00
            0.5        | 0,50
            12         | 12,00
            1234567.8  | 1.234.567,80
            -45.1      | -45,10
            """)
    void money_is_shown_in_german_notation_with_a_non_breaking_space_before_the_euro_sign(String amount, String expected) {
        assertThat(Formats.money(new BigDecimal(amount))).isEqualTo(expected + NBSP + "€");
    }

    @Test
    void money_reads_one_thousand_two_hundred_thirty_four_euros_fifty_six() {
        String text = Formats.money(new BigDecimal("1234.56"));
        assertThat(text).isEqualTo("1.234,56\u00A0€");
        assertThat(text.replace(NBSP, " ")).isEqualTo("1.234,56 €");
    }

    @Test
    void today_is_the_calendar_day_in_berlin() {
        LocalDate before = LocalDate.now(Formats.ZONE);
        LocalDate today = Formats.today();
        LocalDate after = LocalDate.now(Formats.ZONE);
        assertThat(today).isBetween(before, after);
        assertThat(Formats.ZONE.getId()).isEqualTo("Europe/Berlin");
    }
}

package de.lenkrunde.meetings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** TOP numbers: derived from the order while planned, fitted in without renumbering once published. */
class AgendaNumberingTest {

    @Test
    void main_items_count_up_and_sub_items_count_under_the_main_item_above() {
        assertThat(AgendaNumbering.derive(List.of(0, 0, 1, 1, 0))).containsExactly("1", "2", "2.1", "2.2", "3");
    }

    @Test
    void sub_items_restart_under_each_main_item() {
        assertThat(AgendaNumbering.derive(List.of(0, 1, 0, 1, 1, 0, 0, 1)))
                .containsExactly("1", "1.1", "2", "2.1", "2.2", "3", "4", "4.1");
    }

    @Test
    void a_leading_sub_item_counts_as_a_main_item() {
        assertThat(AgendaNumbering.derive(List.of(1, 1, 0))).containsExactly("1", "1.1", "2");
    }

    @Test
    void an_empty_agenda_has_no_numbers() {
        assertThat(AgendaNumbering.derive(List.of())).isEmpty();
    }

    @Test
    void a_main_item_added_after_a_published_main_item_gets_a_letter() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "4"), "3", 0, 0)).isEqualTo("3a");
    }

    @Test
    void the_next_item_after_a_lettered_one_gets_the_next_letter() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "3a", "4"), "3a", 0, 0)).isEqualTo("3b");
    }

    @Test
    void a_second_item_added_behind_the_same_item_skips_the_letters_in_use() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "3a", "4"), "3", 0, 0)).isEqualTo("3b");
    }

    @Test
    void a_main_item_added_after_a_sub_item_takes_its_letter_from_the_main_number() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "3.1", "3.2", "4"), "3.2", 1, 0)).isEqualTo("3a");
    }

    @Test
    void a_sub_item_added_after_a_sub_item_gets_a_letter_on_that_sub_number() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "3", "3.1", "3.2"), "3.1", 1, 1)).isEqualTo("3.1a");
    }

    @Test
    void a_first_sub_item_under_a_published_main_item_becomes_point_one() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "4"), "3", 0, 1)).isEqualTo("3.1");
    }

    @Test
    void a_first_sub_item_goes_before_an_existing_point_one() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "3.1", "4"), "3", 0, 1)).isEqualTo("3.0a");
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2", "3", "3.0a", "3.1", "4"), "3", 0, 1)).isEqualTo("3.0b");
    }

    @Test
    void an_item_added_at_the_top_is_numbered_before_the_first() {
        assertThat(AgendaNumbering.afterPublication(List.of("1", "2"), null, 0, 0)).isEqualTo("0a");
        assertThat(AgendaNumbering.afterPublication(List.of("0a", "1", "2"), null, 0, 0)).isEqualTo("0b");
    }

    @Test
    void when_all_letters_are_used_the_number_gets_a_counter() {
        List<String> taken = new java.util.ArrayList<>(List.of("1", "2"));
        for (char letter = 'a'; letter <= 'z'; letter++) {
            taken.add("1" + letter);
        }
        assertThat(AgendaNumbering.afterPublication(taken, "1", 0, 0)).isEqualTo("1-1");
    }
}

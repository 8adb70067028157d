package de.lenkrunde.proposals;

import de.lenkrunde.proposals.WordDiff.Part;
import org.junit.jupiter.api.Test;

import java.util.List;

import static de.lenkrunde.proposals.WordDiff.Part.Kind.ADDED;
import static de.lenkrunde.proposals.WordDiff.Part.Kind.REMOVED;
import static de.lenkrunde.proposals.WordDiff.Part.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void a_replaced_word_is_removed_and_added_and_the_rest_stays() {
        assertThat(WordDiff.between("Ein Ort für Kinder", "Ein Ort für alle Generationen"))
                .containsExactly(new Part(SAME, "Ein Ort für "), new Part(REMOVED, "Kinder"), new Part(ADDED, "alle Generationen"));
    }

    @Test
    void identical_texts_are_one_unchanged_piece_and_empty_or_missing_texts_are_handled() {
        assertThat(WordDiff.between("Spielplatz am Teich", "Spielplatz am Teich")).containsExactly(new Part(SAME, "Spielplatz am Teich"));
        assertThat(WordDiff.between(null, "neu")).containsExactly(new Part(ADDED, "neu"));
        assertThat(WordDiff.between("alt", "")).containsExactly(new Part(REMOVED, "alt"));
        assertThat(WordDiff.between(null, null)).isEmpty();
    }

    @Test
    void joining_the_pieces_gives_back_both_texts() {
        String before = "Geräte aufstellen,\nEltern bauen mit und die Stadt prüft.";
        String after = "Geräte aufstellen,\nEltern und Großeltern bauen mit; der Bauhof prüft.";
        List<Part> parts = WordDiff.between(before, after);
        assertThat(join(parts, ADDED)).isEqualTo(before);
        assertThat(join(parts, REMOVED)).isEqualTo(after);
    }

    private static String join(List<Part> parts, Part.Kind leaveOut) {
        StringBuilder text = new StringBuilder();
        parts.stream().filter(p -> p.kind() != leaveOut).forEach(p -> text.append(p.text()));
        return text.toString();
    }
}

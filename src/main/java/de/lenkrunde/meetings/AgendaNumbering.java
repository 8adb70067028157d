package de.lenkrunde.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TOP numbers. Before publication they follow from the order: 1, 2, 3, and sub-items 3.1, 3.2 under
 * the nearest main item above. Publication freezes them (members refer to "TOP 5" in mails and
 * minutes); an item added afterwards gets a number that fits without renumbering the others, as
 * councils do: after TOP 3 comes 3a, a first sub-item of TOP 3 becomes 3.1.
 */
final class AgendaNumbering {

    /** Sub-items go one level deep. */
    static final int MAX_DEPTH = 1;

    private AgendaNumbering() {
    }

    /** Numbers for items of the given depths in agenda order; a leading sub-item counts as a main item. */
    static List<String> derive(List<Integer> depths) {
        List<String> numbers = new ArrayList<>(depths.size());
        int main = 0;
        int sub = 0;
        for (int depth : depths) {
            if (depth <= 0 || main == 0) {
                main++;
                sub = 0;
                numbers.add(Integer.toString(main));
            } else {
                sub++;
                numbers.add(main + "." + sub);
            }
        }
        return numbers;
    }

    /**
     * The number of an item added to a published agenda, behind {@code predecessor} (null: at the top).
     *
     * @param taken the numbers already in use
     * @param predecessor the number of the item just above, or {@code null}
     * @param predecessorDepth its depth
     * @param depth the new item's depth
     */
    static String afterPublication(Collection<String> taken, String predecessor, int predecessorDepth, int depth) {
        Set<String> used = new HashSet<>(taken);
        if (predecessor == null) {
            return firstFree(used, "0");
        }
        if (depth > 0 && predecessorDepth == 0) {
            String firstSub = predecessor + ".1";
            // 3.1 is taken: the new first sub-item goes before it
            return used.contains(firstSub) ? firstFree(used, predecessor + ".0") : firstSub;
        }
        String base = depth == 0 ? mainPart(predecessor) : predecessor;
        return firstFree(used, stripLetter(base));
    }

    private static String firstFree(Set<String> used, String base) {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String candidate = base + letter;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        for (int n = 1; ; n++) {
            String candidate = base + "-" + n;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** "3.2" → "3", "3a" → "3a". */
    private static String mainPart(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }

    /** "3a" → "3", "3.1b" → "3.1": letters are counted from the base number. */
    private static String stripLetter(String number) {
        int end = number.length();
        while (end > 0 && Character.isLetter(number.charAt(end - 1))) {
            end--;
        }
        return number.substring(0, end);
    }
}

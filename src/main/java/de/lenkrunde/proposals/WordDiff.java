package de.lenkrunde.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (longest common subsequence over words and the white space between
 * them): what stayed, what was removed, what was added. Texts are at most a few thousand characters.
 */
public final class WordDiff {

    /** A word with the white space after it (so a lone space never counts as "unchanged"); leading space alone. */
    private static final Pattern TOKENS = Pattern.compile("\\S+\\s*|\\s+");

    /** One piece of the compared text. */
    public record Part(Kind kind, String text) {
        public enum Kind { SAME, REMOVED, ADDED }
    }

    private WordDiff() {
    }

    public static List<Part> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(parts, Part.Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(parts, Part.Kind.REMOVED, a.get(i++));
            } else {
                add(parts, Part.Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(parts, Part.Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(parts, Part.Kind.ADDED, b.get(j++));
        }
        return parts;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins neighbouring pieces of the same kind, so "a b c" removed is one piece, not five. */
    private static void add(List<Part> parts, Part.Kind kind, String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}

package de.lenkrunde.proposals;

import java.util.List;

/** What changed between two versions of a proposal's text: only the fields that differ, word by word. */
public record TextComparison(int fromVersion, int toVersion, List<FieldChange> changes) {

    /** One changed field (e.g. "goal") and its word-level diff. */
    public record FieldChange(String field, List<WordDiff.Part> parts) {
    }
}

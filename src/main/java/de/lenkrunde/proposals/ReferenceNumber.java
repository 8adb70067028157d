package de.lenkrunde.proposals;

/** A proposal's reference number, e.g. {@code V-2026-0042}: gapless per year. */
record ReferenceNumber(int year, int number) {

    String text() {
        return String.format("V-%d-%04d", year, number);
    }
}

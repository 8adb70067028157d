package de.lenkrunde.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Invitations as the meetings module would hand them over, for the PDF and calendar tests. */
final class InvitationSamples {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private InvitationSamples() {
    }

    static ZonedDateTime berlin(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN);
    }

    /** A full agenda: twelve items with sub-items, two of them non-public, on a summer evening. */
    static InvitationContent meeting() {
        return meeting(false, 0, items());
    }

    static InvitationContent meeting(boolean amended, int sequence, List<InvitationContent.Item> items) {
        return meeting("Lenkrunde Tellkamp", amended, sequence, items);
    }

    static InvitationContent meeting(String bodyName, boolean amended, int sequence, List<InvitationContent.Item> items) {
        return new InvitationContent(bodyName, "Lenkrunde", "Sozialraum Tellkamp-Süd",
                "3. ordentliche Sitzung 2026",
                berlin(2026, 6, 18, 17, 0), berlin(2026, 6, 18, 19, 30),
                "Großer Sitzungssaal (Raum 1.12)", "Rathaus, Marktplatz 1, 31785 Hameln",
                "https://meet.lenkrunde.example/lr-tellkamp-2026-03",
                "Dr. Małgorzata Şahin-Köhler", items, LocalDate.of(2026, 6, 4),
                amended, "meeting-42@lenkrunde.example", sequence, "https://lenkrunde.example/meetings/42");
    }

    static List<InvitationContent.Item> items() {
        return List.of(
                item("1", 0, "Eröffnung, Begrüßung und Feststellung der ordnungsgemäßen Ladung", "Formalia", 5, "Vorsitz"),
                item("2", 0, "Genehmigung der Tagesordnung", "Beschluss", 5, null),
                item("3", 0, "Genehmigung der Niederschrift der Sitzung vom 23.04.2026", "Beschluss", 5, null),
                new InvitationContent.Item("4", 0, "Bericht aus der Fokusgruppe Jugend", "Bericht", 15, "Łukasz Nowak",
                        false, null, "Stand der Jugendbeteiligung im Sozialraum;\nAusblick auf die Sommerferien."),
                new InvitationContent.Item("5", 0, "Vorschläge aus den Fokusgruppen", "Beratung und Beschluss", 40, null,
                        false, null, null),
                new InvitationContent.Item("5.1", 1, "Bewegungsparcours am Bürgerpark", "Beschluss", 15, "Ayşe Demir",
                        false, "V-2026-0042", "Geschätzte Kosten 12.480,00 €, Eigenleistung der Nachbarschaft 1.500,00 €."),
                new InvitationContent.Item("5.2", 1, "Repair-Café im Familienzentrum \"Am Klüt\"", "Beschluss", 15, "Jörg Weiß",
                        false, "V-2026-0047", null),
                new InvitationContent.Item("5.3", 1, "Sprachcafé für Neuzugewanderte", "Erste Lesung", 10, "Zofia Wiśniewska",
                        false, "V-2026-0051", null),
                item("6", 0, "Verfügungsfonds 2026: Stand der Mittel", "Information", 10, "Sozialplanung"),
                item("7", 0, "Termine und Verschiedenes", "Information", 10, null),
                new InvitationContent.Item("8", 0, "Personalangelegenheit Quartiersmanagement", "Beratung", 15, "Fachdienst Soziales",
                        true, null, "Vertraulich gemäß § 35 NKomVG."),
                new InvitationContent.Item("8.1", 1, "Besetzung der Stelle Quartiersmanagement Tellkamp", "Beschluss", 10, null,
                        true, null, null),
                new InvitationContent.Item("9", 0, "Grundstücksangelegenheit Flurstück 12/7", "Information", 10, "Liegenschaften",
                        true, null, null));
    }

    /** Online only, no end, no chair, no area; markup characters, a long word and a long link. */
    static InvitationContent onlineOnlyWithAwkwardText() {
        return new InvitationContent("Fokusgruppe <Senioren> & \"Nachbarn\"", "Fokusgruppe", null,
                "Sondersitzung: Haushalt 2027 & <Anträge>",
                berlin(2026, 1, 15, 18, 0), null, null, null,
                "https://meet.lenkrunde.example/rooms/fokusgruppe-senioren-und-nachbarn?pwd=aVeryLongTokenWithoutAnyBreakOpportunity1234567890abcdefghijklmnop",
                null, List.of(
                        item("1", 0, "Straße 1.234,56 € Łukasz Müller", "Information", 10, "O'Brien & Söhne <GmbH>"),
                        new InvitationContent.Item("2", 0,
                                "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanspruchsüberprüfungsverfahren",
                                "Beschluss", 0, null, false, "V-2026-0099",
                                "Zeile 1 mit <b>kein HTML</b> & Co.\nZeile 2\u0007 mit Steuerzeichen"),
                        new InvitationContent.Item("3", 0, "Vertrauliches", "Beratung", 5, null, true, null, null)),
                LocalDate.of(2026, 1, 2), false, "meeting-7@lenkrunde.example", 0, null);
    }

    static InvitationContent.Item item(String number, int depth, String title, String kind, int minutes, String presenter) {
        return new InvitationContent.Item(number, depth, title, kind, minutes, presenter, false, null, null);
    }
}

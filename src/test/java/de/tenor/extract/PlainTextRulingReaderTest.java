package de.tenor.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextRulingReaderTest {

    private final PlainTextRulingReader reader = new PlainTextRulingReader();

    @Test
    void labelled_header_tenor_and_numbered_reasons_are_separated() {
        RulingParts p = reader.read("""
                Sozialgericht Dortmund
                BESCHLUSS
                Az.: S 30 AS 1234/24 ER
                Datum: 02.07.2024

                In dem Verfahren der Frau A. gegen das Jobcenter Hagen
                Tenor
                Der Antrag auf Erlass einer einstweiligen
                Anordnung wird abgelehnt.
                Kosten sind nicht zu erstatten.
                Gründe
                I.
                1 Die Antragstellerin begehrt Leistungen. Sie ist Verlust-
                feststellungen der Stadt nicht ausgesetzt.
                2 Das Landessozialgericht Nordrhein-
                Westfalen hat entschieden.
                II.
                3 Der Antrag ist unbegründet.
                """, "x.pdf");
        assertEquals("Sozialgericht Dortmund\nBESCHLUSS\nAz.: S 30 AS 1234/24 ER\nDatum: 02.07.2024\n"
                + "In dem Verfahren der Frau A. gegen das Jobcenter Hagen", p.header());
        assertEquals("Beschluss", p.decisionType());
        assertEquals("S 30 AS 1234/24 ER", p.docket());
        assertEquals("02.07.2024", p.date());
        assertEquals(List.of("Der Antrag auf Erlass einer einstweiligen Anordnung wird abgelehnt.",
                "Kosten sind nicht zu erstatten."), p.tenor());
        assertEquals(List.of(
                new Paragraph(null, "Gründe", true),
                new Paragraph(null, "I.", true),
                new Paragraph("1", "Die Antragstellerin begehrt Leistungen. Sie ist Verlustfeststellungen der Stadt "
                        + "nicht ausgesetzt.", false),
                new Paragraph("2", "Das Landessozialgericht Nordrhein-Westfalen hat entschieden.", false),
                new Paragraph(null, "II.", true),
                new Paragraph("3", "Der Antrag ist unbegründet.", false)), p.body());
    }

    @Test
    void leading_numbers_that_break_the_count_are_text_not_paragraph_numbers() {
        RulingParts p = reader.read("""
                Tenor
                Die Klage wird abgewiesen.
                Gründe
                1 Die Klägerin arbeitete im Jahr
                2024 zehn Stunden pro Woche.
                2 Sie verdiente 520 Euro.
                """, "x.pdf");
        assertEquals(List.of("1", "2"), p.body().stream().filter(x -> x.number() != null).map(Paragraph::number).toList());
        assertEquals("Die Klägerin arbeitete im Jahr 2024 zehn Stunden pro Woche.", p.body().get(1).text());
    }

    @Test
    void margin_numbers_on_their_own_line_belong_to_the_next_paragraph() {
        RulingParts p = reader.read("Tenor\nDie Klage wird abgewiesen.\nGründe\n1\nErster Absatz.\n2\nZweiter Absatz.\n", "x");
        assertEquals(List.of(new Paragraph(null, "Gründe", true), new Paragraph("1", "Erster Absatz.", false),
                new Paragraph("2", "Zweiter Absatz.", false)), p.body());
    }

    @Test
    void value_on_the_line_after_its_label_is_read() {
        RulingParts p = reader.read("Gericht\nOLG Brandenburg 11. Zivilsenat\nEntscheidungsdatum\n08.10.2025\n"
                + "Aktenzeichen\n11 U 30/25\nDokumententyp\nUrteil\nTenor\nDie Berufung wird zurückgewiesen.\n", "x");
        assertEquals("OLG Brandenburg 11. Zivilsenat", p.court());
        assertEquals("08.10.2025", p.date());
        assertEquals("11 U 30/25", p.docket());
        assertEquals("Urteil", p.decisionType());
    }

    @Test
    void text_without_tenor_heading_starts_the_tenor_after_the_decision_formula() {
        RulingParts p = reader.read("""
                Verwaltungsgericht Arnsberg
                hat die 7. Kammer am 3. Juni 2024 beschlossen:
                Der Antrag wird abgelehnt.
                Die Antragstellerin trägt die Kosten des Verfahrens.
                Gründe
                1 Der Antrag hat keinen Erfolg.
                """, "x");
        assertEquals(List.of("Der Antrag wird abgelehnt.", "Die Antragstellerin trägt die Kosten des Verfahrens."),
                p.tenor());
    }
}

package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the facts of a whole ruling. Repeated facts win, other cases' numbers and benefit
 * amounts never count, several jobs are summed only where the court sums them, and a ruling on
 * another subject gets no facts at all.
 */
class EmploymentFactsExtractorTest {

    private final EmploymentFactsExtractor extractor = new EmploymentFactsExtractor();

    private static List<Paragraph> ruling(String... paragraphs) {
        List<Paragraph> body = new ArrayList<>();
        body.add(new Paragraph(null, "Gründe", true));
        int n = 1;
        for (String p : paragraphs) {
            body.add(new Paragraph(Integer.toString(n++), p, false));
        }
        body.add(new Paragraph(null, "Rechtsmittelbelehrung: Der Streitwert beträgt 2.500 Euro; 40 Stunden im Monat.", false));
        return body;
    }

    @Test
    void facts_of_the_party_win_over_precedents_and_benefits() {
        EmploymentFacts f = extractor.extract(ruling(
                "I. Die Antragstellerin ist rumänische Staatsangehörige. Seit dem 1. März 2023 ist sie als Reinigungskraft"
                        + " geringfügig beschäftigt, zwölf Stunden wöchentlich, monatlich rund 520 Euro brutto.",
                "Der Regelbedarf beläuft sich auf 563 Euro; für die Unterkunft fallen monatlich 450 Euro an.",
                "II. Der Antrag hat Erfolg. Der Gerichtshof hat in der Rechtssache Genc eine Tätigkeit von 5,5 Wochenstunden"
                        + " gegen ein monatliches Entgelt von etwa 175 Euro nicht als völlig untergeordnet angesehen.",
                "So hat das Bundessozialgericht eine Tätigkeit von zehn Stunden im Monat gegen ein Entgelt von 100 Euro als"
                        + " völlig untergeordnet angesehen (BSG, Urteil vom 29. März 2022 – B 4 AS 2/21 R –).",
                "Gemessen daran ist die Antragstellerin als Arbeitnehmerin im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU"
                        + " anzusehen. Mit 12 Wochenstunden und 520 Euro im Monat ist ihre Tätigkeit nicht völlig untergeordnet."),
                LocalDate.of(2024, 5, 13));
        assertEquals(12.0, f.weeklyHours());
        assertNull(f.weeklyHoursMax());
        assertEquals(520.0, f.monthlyPayEur());
        assertEquals(LocalDate.of(2023, 3, 1), f.employedSince());
        assertEquals("Reinigungskraft", f.jobType());
        assertEquals(WorkerStatus.AFFIRMED, f.workerStatus());
        assertEquals("Gemessen daran ist die Antragstellerin als Arbeitnehmerin im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU"
                + " anzusehen.", f.workerStatusEvidence());
    }

    @Test
    void two_jobs_without_a_total_leave_hours_and_pay_unknown() {
        EmploymentFacts f = extractor.extract(ruling(
                "I. Der Kläger arbeitet als Reinigungskraft sechs Stunden wöchentlich für 200 Euro monatlich und als"
                        + " Küchenhilfe vier Stunden wöchentlich für 150 Euro monatlich.",
                "II. Ob der Kläger Arbeitnehmer im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU ist, kann offenbleiben."),
                null);
        assertNull(f.weeklyHours(), "never a guess between two jobs");
        assertNull(f.monthlyPayEur());
        assertEquals(WorkerStatus.OPEN, f.workerStatus());
    }

    @Test
    void a_total_the_court_forms_counts_for_several_jobs() {
        EmploymentFacts f = extractor.extract(ruling(
                "I. Der Kläger arbeitet als Reinigungskraft sechs Stunden wöchentlich für 200 Euro monatlich und als"
                        + " Küchenhilfe vier Stunden wöchentlich für 150 Euro monatlich.",
                "II. Der Kläger ist Arbeitnehmer. Er arbeitet insgesamt zehn Stunden wöchentlich und verdient zusammen"
                        + " 350 Euro monatlich; das ist nicht völlig untergeordnet."),
                null);
        assertEquals(10.0, f.weeklyHours());
        assertEquals(350.0, f.monthlyPayEur());
        assertEquals(WorkerStatus.AFFIRMED, f.workerStatus());
    }

    @Test
    void a_range_of_hours_keeps_both_ends_and_bounds_are_no_facts() {
        EmploymentFacts f = extractor.extract(ruling(
                "I. Die Klägerin arbeitet zwischen 6 und 8 Stunden wöchentlich als Zeitungszustellerin; laut Vertrag"
                        + " sind es bis zu 14 Wochenstunden und bis zu 450 Euro.",
                "II. Die Tätigkeit der Klägerin stellt sich als völlig untergeordnet und unwesentlich dar."),
                null);
        assertEquals(6.0, f.weeklyHours());
        assertEquals(8.0, f.weeklyHoursMax());
        assertNull(f.monthlyPayEur(), "'bis zu 450 Euro' is a bound, not the pay");
        assertEquals("Zeitungszustellerin", f.jobType());
        assertEquals(WorkerStatus.DENIED, f.workerStatus());
    }

    @Test
    void monthly_hours_the_court_converts_itself_are_one_fact_named_by_the_weekly_figure() {
        EmploymentFacts f = extractor.extract(ruling(
                "Angesichts eines Mindestlohnes im Jahre 2017 i. H. v. 8,84 € führte ein bescheinigtes Entgelt der"
                        + " Antragstellerin i. H. v. 250,00 € im Monat zu Arbeitsleistungen von etwa 28 Stunden im Monat,"
                        + " also etwa 7 Stunden die Woche.",
                "Diese Angaben zugrunde gelegt, kann von einem Arbeitnehmerstatus der Antragstellerin im Sinne des § 2"
                        + " Abs. 2 Nr. 1 FreizügG/EU nicht die Rede sein."),
                null);
        assertEquals(7.0, f.weeklyHours());
        assertEquals(250.0, f.monthlyPayEur(), "the minimum wage of 8,84 € is no pay");
        assertNull(f.hourlyWageEur(), "nor an hourly wage of the party");
        assertEquals(WorkerStatus.DENIED, f.workerStatus());
    }

    @Test
    void a_ruling_on_another_subject_has_no_facts() {
        EmploymentFacts f = extractor.extract(ruling(
                "I. Der Kläger arbeitet als Pilot 40 Stunden pro Woche für monatlich 5.483 Euro brutto.",
                "II. Die Kündigung ist sozial ungerechtfertigt; der Kläger ist Arbeitnehmer der Beklagten."),
                null);
        assertEquals(EmploymentFacts.NONE, f);
    }
}

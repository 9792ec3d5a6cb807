package de.tenor.demo;

import de.tenor.demo.Plan.PlannedCase;
import de.tenor.demo.ReasonText.Section;
import java.time.LocalDate;
import java.util.List;

/**
 * One finished fictional ruling: the metadata the truth file records and the text every writer
 * (HTML, PDF, DOCX) lays out the same way.
 *
 * @param file the file name in the corpus folder, e.g. {@code vg-gelsenkirchen-8-l-469-24.html}
 * @param ecli the ECLI, or empty when the document deliberately has none
 * @param lowerInstance "Verwaltungsgericht Gelsenkirchen, 8 L 469/24" for appeals, else empty
 * @param tenor the operative part; empty when the document deliberately shows no Tenor
 */
record DemoCase(String file, PlannedCase plan, Court court, String decisionType, LocalDate date, String docket,
        String ecli, String panel, String lowerInstance, List<String> keywords, List<String> norms,
        List<String> rubrum, List<String> tenor, List<Section> sections, Facts facts) {

    DemoCase {
        keywords = List.copyOf(keywords);
        norms = List.copyOf(norms);
        rubrum = List.copyOf(rubrum);
        tenor = List.copyOf(tenor);
        sections = List.copyOf(sections);
    }

    /** "Verwaltungsgericht Gelsenkirchen, 8 L 469/24" — the page title. */
    String title() {
        return court.fullName + ", " + docket;
    }

    /** All numbered paragraphs of all sections, in order. */
    int paragraphCount() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}

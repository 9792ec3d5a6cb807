package de.tenor.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a court decision says about itself: the part of a {@link Document} only rulings have. Every value is
 * {@code null} when the extractor could not determine it (never guessed); {@link #NONE} for news.
 * Immutable.
 *
 * @param docket          the docket as printed; a joined decision keeps all of them, comma-separated (issue 16)
 * @param docketNormalized the first docket without spaces, the key dockets are matched by
 * @param city            the city of the authority (Jobcenter, foreigners' office) the citizen litigated against
 * @param outcome         the result from the EU citizen's side; null off topic (see {@link Document})
 * @param outcomeEvidence the tenor sentence that decided {@code outcome}, as printed, so a reader can check it
 * @param headnotes       the Leitsätze, in order; empty when the decision has none
 */
public record Ruling(String court, CourtBranch courtBranch, String decisionType, LocalDate date, String docket,
                     String docketNormalized, String ecli, Procedure procedure, String city, Outcome outcome,
                     String outcomeEvidence, String tenor, String lowerCourt, List<String> headnotes) {

    public static final Ruling NONE = new Ruling(null, null, null, null, null, null, null, null, null, null, null,
            null, null, List.of());

    public Ruling {
        headnotes = headnotes == null ? List.of() : List.copyOf(headnotes);
    }

    /** This ruling with another outcome; everything else stays. */
    public Ruling withOutcome(Outcome newOutcome) {
        return new Ruling(court, courtBranch, decisionType, date, docket, docketNormalized, ecli, procedure, city,
                newOutcome, outcomeEvidence, tenor, lowerCourt, headnotes);
    }
}

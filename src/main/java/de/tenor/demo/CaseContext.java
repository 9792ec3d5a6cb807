package de.tenor.demo;

import de.tenor.demo.Plan.PlannedCase;
import de.tenor.demo.Plan.Result;
import de.tenor.demo.Plan.Variant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Everything the text builders need about one ruling: the plan row, the invented facts, the court's
 * data and the lower instances. Appeals name their lower court; {@code lowerCourt} is null otherwise.
 *
 * @param mainDocket for a VG urgent case the docket of the pending action ({@code 8 K 1600/24}); else the first-instance docket
 * @param periodStart first day of the benefit period in dispute (social courts)
 * @param periodEnd last day of that period
 */
record CaseContext(PlannedCase plan, Facts f, Random rnd, Court court, int panel, String decisionType, LocalDate date,
        String docket, Role citizen, Role authority, Court lowerCourt, String lowerDocket, LocalDate lowerDate,
        String lowerType, Court firstCourt, String firstDocket, LocalDate firstDate, String mainDocket,
        LocalDate periodStart, LocalDate periodEnd) {

    boolean urgent() {
        return plan.procedure() == Plan.Procedure.URGENT;
    }

    boolean appeal() {
        return lowerCourt != null;
    }

    boolean social() {
        return plan.jobcenter();
    }

    Result result() {
        return plan.result();
    }

    Variant variant() {
        return plan.variant();
    }

    boolean is(Variant v) {
        return plan.variant() == v;
    }

    boolean urteil() {
        return decisionType.equals("Urteil");
    }

    /** "Arbeitnehmer" or "Arbeitnehmerin" for the citizen. */
    String worker() {
        return f.female ? "Arbeitnehmerin" : "Arbeitnehmer";
    }

    String unionCitizen() {
        return f.female ? "Unionsbürgerin" : "Unionsbürger";
    }

    /** "rumänischer Staatsangehöriger" / "bulgarische Staatsangehörige". */
    String nationalityNoun() {
        return f.nationality() + (f.female ? "e Staatsangehörige" : "er Staatsangehöriger");
    }

    /** The authority's decision as the texts name it: Ordnungsverfügung (Ausländerbehörde) or Bescheid (Jobcenter). */
    String decisionNoun() {
        return social() ? "Bescheid" : "Ordnungsverfügung";
    }

    String C() {
        return Texts.cap(citizen.nom());
    }

    String A() {
        return Texts.cap(authority.nom());
    }
}

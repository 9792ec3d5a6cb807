package de.tenor.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What the demo corpus should contain: one row per ruling, fixing court, city, procedure and outcome.
 * The text details (dates, names, hours, pay) are drawn at random later; this table keeps the
 * distribution that DemoCorpusTest and the extractor tests rely on stable and easy to read.
 */
final class Plan {

    enum Result {
        WON, PARTIAL, LOST, OTHER, UNKNOWN;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum Procedure {
        URGENT, MAIN;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum Format { HTML, PDF, DOCX }

    /** Who appealed, or what kind of "other"/"unknown" decision this is. */
    enum Variant {
        PLAIN, CITIZEN_APPEAL, AUTHORITY_APPEAL, GERICHTSBESCHEID,
        ERLEDIGT, WITHDRAWN, PKH_GRANTED, PKH_DENIED, REMAND, NO_TENOR, EXCERPT, EUGH
    }

    /**
     * One planned ruling.
     *
     * @param city the city whose authority decided; for anonymised cases the hidden city that picks the court
     * @param anonymised the text names the authority only by its initial ("Stadt H."), so the truth city is unknown
     * @param jobcenter the authority is a Jobcenter (social courts), otherwise an Ausländerbehörde
     */
    record PlannedCase(Court court, String city, boolean anonymised, boolean jobcenter, Procedure procedure,
            Result result, Format format, Variant variant) {

        String truthCity() {
            return anonymised || court == Court.EUGH ? "unknown" : city;
        }
    }

    private final List<PlannedCase> cases = new ArrayList<>();

    private Plan() {
    }

    static List<PlannedCase> rulings() {
        Plan p = new Plan();
        Procedure u = Procedure.URGENT;
        Procedure m = Procedure.MAIN;
        Result won = Result.WON;
        Result lost = Result.LOST;
        Result part = Result.PARTIAL;
        Result other = Result.OTHER;
        Result unk = Result.UNKNOWN;

        // VG Gelsenkirchen: Gelsenkirchen, Dortmund, Essen, Bochum, Herne
        p.vg("Gelsenkirchen", u, won);
        p.vg("Gelsenkirchen", u, won);
        p.vg("Gelsenkirchen", u, lost);
        p.vg("Gelsenkirchen", u, lost);
        p.vg("Gelsenkirchen", m, won);
        p.vg("Gelsenkirchen", m, lost);
        p.vg("Gelsenkirchen", u, part);
        p.add(Court.VG_GE, "Gelsenkirchen", false, false, m, other, Format.HTML, Variant.WITHDRAWN);
        p.add(Court.VG_GE, "Gelsenkirchen", false, false, u, unk, Format.PDF, Variant.EXCERPT);
        p.vg("Dortmund", u, won);
        p.vg("Dortmund", u, lost);
        p.vg("Dortmund", m, part);
        p.add(Court.VG_GE, "Dortmund", false, false, m, unk, Format.DOCX, Variant.NO_TENOR);
        p.vg("Essen", u, won);
        p.vg("Essen", m, won);
        p.add(Court.VG_GE, "Essen", false, false, u, other, Format.HTML, Variant.PKH_GRANTED);
        p.vg("Bochum", u, lost);
        p.add(Court.VG_GE, "Bochum", false, false, m, other, Format.HTML, Variant.ERLEDIGT);
        p.vg("Herne", u, won);

        // VG Düsseldorf: Duisburg, Düsseldorf, Oberhausen
        p.vg("Duisburg", u, won);
        p.vg("Duisburg", u, won);
        p.vg("Duisburg", u, lost);
        p.vg("Duisburg", u, lost);
        p.vg("Duisburg", m, won);
        p.vg("Duisburg", m, lost);
        p.vg("Duisburg", m, part);
        p.add(Court.VG_D, "Duisburg", false, false, u, other, Format.HTML, Variant.ERLEDIGT);
        p.add(Court.VG_D, "Duisburg", false, false, m, lost, Format.DOCX, Variant.PLAIN);
        p.vg("Düsseldorf", u, part);
        p.add(Court.VG_D, "Düsseldorf", false, false, m, unk, Format.HTML, Variant.NO_TENOR);
        p.vg("Oberhausen", u, lost);

        // VG Arnsberg: Hagen, Hamm, one anonymised ("Stadt H." could be Hagen or Hamm)
        p.vg("Hagen", u, won);
        p.add(Court.VG_AR, "Hagen", false, false, m, lost, Format.PDF, Variant.PLAIN);
        p.vg("Hamm", u, part);
        p.add(Court.VG_AR, "Hagen", true, false, u, lost, Format.HTML, Variant.PLAIN);

        // OVG NRW
        p.add(Court.OVG, "Gelsenkirchen", false, false, u, won, Format.HTML, Variant.AUTHORITY_APPEAL);
        p.add(Court.OVG, "Gelsenkirchen", false, false, u, lost, Format.HTML, Variant.CITIZEN_APPEAL);
        p.add(Court.OVG, "Duisburg", false, false, u, won, Format.HTML, Variant.CITIZEN_APPEAL);
        p.add(Court.OVG, "Duisburg", false, false, m, lost, Format.HTML, Variant.CITIZEN_APPEAL);
        p.add(Court.OVG, "Dortmund", false, false, u, lost, Format.HTML, Variant.AUTHORITY_APPEAL);
        p.add(Court.OVG, "Essen", false, false, m, won, Format.HTML, Variant.AUTHORITY_APPEAL);
        p.add(Court.OVG, "Gelsenkirchen", true, false, u, other, Format.HTML, Variant.ERLEDIGT);

        // Social courts, first instance
        p.sg("Gelsenkirchen", u, won, Format.HTML, Variant.PLAIN);
        p.sg("Gelsenkirchen", u, lost, Format.HTML, Variant.PLAIN);
        p.sg("Gelsenkirchen", m, part, Format.HTML, Variant.PLAIN);
        p.sg("Gelsenkirchen", m, lost, Format.DOCX, Variant.GERICHTSBESCHEID);
        p.sg("Dortmund", u, won, Format.HTML, Variant.PLAIN);
        p.sg("Dortmund", m, other, Format.HTML, Variant.PKH_DENIED);
        p.sg("Hagen", u, lost, Format.HTML, Variant.PLAIN);
        p.sg("Hagen", m, won, Format.DOCX, Variant.PLAIN);
        p.sg("Duisburg", u, won, Format.PDF, Variant.PLAIN);
        p.sg("Duisburg", u, lost, Format.HTML, Variant.PLAIN);
        p.sg("Duisburg", m, lost, Format.HTML, Variant.GERICHTSBESCHEID);
        p.sg("Essen", u, part, Format.HTML, Variant.PLAIN);
        p.sg("Essen", m, won, Format.HTML, Variant.PLAIN);
        p.sg("Düsseldorf", u, won, Format.HTML, Variant.PLAIN);
        p.sg("Düsseldorf", m, lost, Format.HTML, Variant.PLAIN);

        // LSG NRW
        p.add(Court.LSG, "Gelsenkirchen", false, true, u, won, Format.HTML, Variant.AUTHORITY_APPEAL);
        p.add(Court.LSG, "Duisburg", false, true, u, lost, Format.PDF, Variant.CITIZEN_APPEAL);
        p.add(Court.LSG, "Hagen", false, true, m, other, Format.HTML, Variant.REMAND);
        p.add(Court.LSG, "Essen", false, true, m, part, Format.HTML, Variant.CITIZEN_APPEAL);

        // Federal courts and the EuGH
        p.add(Court.BSG, "Duisburg", false, true, m, won, Format.HTML, Variant.AUTHORITY_APPEAL);
        p.add(Court.BSG, "Hagen", true, true, m, other, Format.HTML, Variant.REMAND);
        p.add(Court.BVERWG, "Gelsenkirchen", false, false, m, lost, Format.HTML, Variant.CITIZEN_APPEAL);
        p.add(Court.BVERWG, "Duisburg", true, false, m, won, Format.HTML, Variant.CITIZEN_APPEAL);
        p.add(Court.EUGH, "Duisburg", true, true, m, unk, Format.HTML, Variant.EUGH);
        return List.copyOf(p.cases);
    }

    private void vg(String city, Procedure procedure, Result result) {
        add(Court.administrativeFor(city), city, false, false, procedure, result, Format.HTML, Variant.PLAIN);
    }

    private void sg(String city, Procedure procedure, Result result, Format format, Variant variant) {
        add(Court.socialFor(city), city, false, true, procedure, result, format, variant);
    }

    private void add(Court court, String city, boolean anonymised, boolean jobcenter, Procedure procedure,
            Result result, Format format, Variant variant) {
        cases.add(new PlannedCase(court, city, anonymised, jobcenter, procedure, result, format, variant));
    }
}

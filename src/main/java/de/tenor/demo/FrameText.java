package de.tenor.demo;

import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The frame around the reasons: the Rubrum before the Tenor and the Rechtsmittelbelehrung at the end. */
final class FrameText {

    private FrameText() {
    }

    static List<String> rubrum(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Court court = c.court();
        List<String> out = new ArrayList<>();
        if (c.urteil()) {
            out.add("Im Namen des Volkes");
            out.add("Urteil");
        } else if (c.decisionType().equals("Gerichtsbescheid")) {
            out.add("Gerichtsbescheid");
        }
        boolean administrative = !court.social();
        if (court == Court.BVERWG) {
            out.add("In der Verwaltungsstreitsache");
        } else if (administrative) {
            out.add(pick(r, "In dem verwaltungsgerichtlichen Verfahren", "In dem Verwaltungsrechtsstreit"));
        } else if (c.urgent()) {
            out.add(pick(r, "In dem Verfahren des einstweiligen Rechtsschutzes", "In dem Rechtsstreit"));
        } else {
            out.add("In dem Rechtsstreit");
        }
        out.add((f.female ? "der " : "des ") + f.person() + ", " + f.place() + ",");
        out.add(c.citizen().label() + appellantSuffix(c, true) + ",");
        if (!f.lawyer.isEmpty()) {
            boolean female = f.lawyer.startsWith("Rechtsanwältin");
            out.add((female ? "Prozessbevollmächtigte: " : "Prozessbevollmächtigter: ") + f.lawyer + ",");
        }
        out.add("gegen");
        if (c.social()) {
            out.add("Jobcenter " + f.place() + ", vertreten durch die Geschäftsführung,");
        } else {
            out.add("die Stadt " + f.place() + ", vertreten durch " + pick(r, "die Oberbürgermeisterin", "den Oberbürgermeister")
                    + (chance(r, 0.6) ? ", Ausländerbehörde," : ","));
        }
        out.add(c.authority().label() + appellantSuffix(c, false) + ",");
        out.add("wegen " + (c.social()
                ? pick(r, "Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II",
                "Grundsicherung für Arbeitsuchende (Leistungsausschluss für Unionsbürger)")
                : pick(r, "Feststellung des Verlusts des Rechts auf Einreise und Aufenthalt nach dem FreizügG/EU",
                "Verlustfeststellung nach § 5 Abs. 4 FreizügG/EU")
                + (c.urgent() && court.branch == Court.Branch.VG ? " (hier: Antrag nach § 80 Abs. 5 VwGO)" : "")));
        out.add(bench(c));
        return out;
    }

    /** The heading of a judgment of the Court of Justice: case number, referring court, parties, bench. */
    static List<String> eughRubrum(CaseContext c) {
        Facts f = c.f();
        List<String> j = f.judges;
        String party = f.initials.replace(". ", "").replace(".", "");
        String panel = c.court().panelName(c.panel());
        List<String> out = new ArrayList<>();
        out.add("Urteil des Gerichtshofs (" + panel + ")");
        out.add("vom " + longDate(c.date()));
        out.add("„Vorlage zur Vorabentscheidung – Freizügigkeit der Arbeitnehmer – Art. 45 AEUV – Richtlinie 2004/38/EG –"
                + " Art. 7 Abs. 1 Buchst. a – Begriff des Arbeitnehmers – Geringfügige Beschäftigung – Ausschluss von"
                + " Leistungen der Grundsicherung“");
        out.add("In der Rechtssache " + c.docket());
        out.add("betreffend ein Vorabentscheidungsersuchen nach Art. 267 AEUV, eingereicht vom Landessozialgericht"
                + " Nordrhein-Westfalen (Deutschland) mit Entscheidung vom " + longDate(c.firstDate())
                + ", beim Gerichtshof eingegangen am " + longDate(c.firstDate().plusDays(12)) + ", in dem Verfahren");
        out.add(party);
        out.add("gegen");
        out.add("Jobcenter " + f.place());
        out.add("erlässt der Gerichtshof (" + panel + ") unter Mitwirkung des Kammerpräsidenten " + j.get(0)
                + ", der Richterin " + j.get(1) + " und des Richters " + j.get(2) + " (Berichterstatter), Generalanwalt: N. N.,"
                + " Kanzler: N. N., folgendes Urteil");
        return out;
    }

    /**
     * "und Beschwerdeführers", "und Berufungsbeklagte": the party's role in the appeal, or nothing for a first
     * instance. The citizen's label stands in the genitive ("des Herrn …, Klägers und Revisionsklägers"), the
     * authority's in the nominative ("Beklagter und Revisionsbeklagter").
     */
    private static String appellantSuffix(CaseContext c, boolean citizen) {
        if (!c.appeal() || (c.court() == Court.OVG && !c.urgent() && !c.urteil())) {
            return "";
        }
        boolean appellant = c.is(Variant.AUTHORITY_APPEAL) != citizen;
        String stem = switch (c.court().branch) {
            case OVG, LSG -> c.urgent() ? (appellant ? "Beschwerdeführer" : "Beschwerdegegner")
                    : (appellant ? "Berufungskläger" : "Berufungsbeklagte");
            default -> appellant ? "Revisionskläger" : "Revisionsbeklagte";
        };
        boolean female = citizen ? c.citizen().female() : c.authority().female();
        String word;
        if (stem.endsWith("beklagte")) {
            word = female ? stem : stem + (citizen ? "n" : "r");
        } else {
            word = female ? stem + "in" : stem + (citizen ? "s" : "");
        }
        return " und " + word;
    }

    private static String bench(CaseContext c) {
        Random r = c.rnd();
        Court court = c.court();
        List<String> j = c.f().judges;
        String at = switch (court.branch) {
            case VG -> "Verwaltungsgericht";
            case OVG -> "Oberverwaltungsgericht";
            case SG -> "Sozialgericht";
            case LSG -> "Landessozialgericht";
            case BSG -> "Bundessozialgericht";
            case BVerwG -> "Bundesverwaltungsgericht";
            case EuGH -> "Gerichtshof";
        };
        boolean femaleChair = chance(r, 0.5);
        String chair = femaleChair ? "die Vorsitzende Richterin am " + at + " " + j.get(0)
                : "den Vorsitzenden Richter am " + at + " " + j.get(0);
        String panel;
        boolean single = (court.branch == Court.Branch.SG) || (court.branch == Court.Branch.VG && c.urgent() && chance(r, 0.5));
        if (single) {
            boolean female = chance(r, 0.5);
            panel = (female ? "die Richterin am " : "den Richter am ") + at + " " + j.get(1)
                    + (court.branch == Court.Branch.VG ? (female ? " als Einzelrichterin" : " als Einzelrichter") : "");
            if (court.branch == Court.Branch.SG && c.urteil()) {
                panel += " sowie die ehrenamtlichen Richter " + j.get(2) + " und " + j.get(0);
            }
        } else {
            panel = chair + ", " + pick(r, "die Richterin", "den Richter") + " am " + at + " " + j.get(1) + " und "
                    + pick(r, "die Richterin", "den Richter") + " am " + at + " " + j.get(2);
        }
        String who = switch (court.branch) {
            case VG, SG -> "die " + court.panelName(c.panel()) + " " + court.genitive;
            default -> "der " + court.panelName(c.panel()) + " " + court.genitive;
        };
        String verb = switch (c.decisionType()) {
            case "Urteil" -> "für Recht erkannt:";
            case "Gerichtsbescheid" -> "durch Gerichtsbescheid entschieden:";
            default -> "beschlossen:";
        };
        String when = c.urteil() ? "aufgrund der mündlichen Verhandlung vom " + longDate(c.date())
                : (c.decisionType().equals("Gerichtsbescheid") ? "ohne mündliche Verhandlung am " : "am ") + longDate(c.date());
        return "hat " + who + " " + when + " durch " + panel + " " + verb;
    }

    /** One or two paragraphs starting with "Rechtsmittelbelehrung:"; federal and final decisions get a short note. */
    static List<String> instructions(CaseContext c) {
        Court court = c.court();
        String name = court.fullName;
        List<String> out = new ArrayList<>();
        switch (court.branch) {
            case VG -> {
                if (c.is(Variant.ERLEDIGT) || c.is(Variant.WITHDRAWN)) {
                    out.add("Rechtsmittelbelehrung: Die Einstellung des Verfahrens und die Kostenentscheidung sind"
                            + " unanfechtbar. Gegen die Streitwertfestsetzung kann innerhalb von sechs Monaten Beschwerde"
                            + " beim " + name + " eingelegt werden, wenn der Wert des Beschwerdegegenstandes 200 Euro"
                            + " übersteigt.");
                } else if (c.is(Variant.PKH_GRANTED)) {
                    out.add("Rechtsmittelbelehrung: Dieser Beschluss ist für die Beteiligten unanfechtbar.");
                } else if (c.urteil()) {
                    out.add("Rechtsmittelbelehrung: Innerhalb eines Monats nach Zustellung dieses Urteils kann bei dem "
                            + name + " schriftlich oder als elektronisches Dokument beantragt werden, dass das"
                            + " Oberverwaltungsgericht für das Land Nordrhein-Westfalen die Berufung zulässt.");
                    out.add("Die Gründe, aus denen die Berufung zuzulassen ist, sind innerhalb von zwei Monaten nach"
                            + " Zustellung des Urteils darzulegen. Vor dem Oberverwaltungsgericht müssen sich die Beteiligten"
                            + " durch Prozessbevollmächtigte vertreten lassen.");
                } else {
                    out.add("Rechtsmittelbelehrung: Gegen diesen Beschluss kann innerhalb von zwei Wochen nach"
                            + " Bekanntgabe schriftlich oder als elektronisches Dokument bei dem " + name
                            + " Beschwerde eingelegt werden, über die das Oberverwaltungsgericht für das Land"
                            + " Nordrhein-Westfalen entscheidet. Die Beschwerde ist innerhalb eines Monats nach Bekanntgabe"
                            + " zu begründen.");
                    out.add("Gegen die Streitwertfestsetzung ist die Beschwerde statthaft, wenn der Wert des"
                            + " Beschwerdegegenstandes 200 Euro übersteigt.");
                }
            }
            case OVG -> {
                if (c.urteil()) {
                    out.add("Rechtsmittelbelehrung: Die Nichtzulassung der Revision kann durch Beschwerde angefochten"
                            + " werden. Die Beschwerde ist innerhalb eines Monats nach Zustellung dieses Urteils beim"
                            + " Oberverwaltungsgericht für das Land Nordrhein-Westfalen einzulegen und innerhalb von zwei"
                            + " Monaten zu begründen.");
                } else {
                    out.add("Dieser Beschluss ist unanfechtbar (§ 152 Abs. 1 VwGO, § 68 Abs. 1 Satz 5 i. V. m. § 66 Abs. 3"
                            + " Satz 3 GKG).");
                }
            }
            case SG -> {
                if (c.urgent() || c.decisionType().equals("Beschluss")) {
                    out.add("Rechtsmittelbelehrung: Dieser Beschluss kann mit der Beschwerde angefochten werden. Die"
                            + " Beschwerde ist binnen eines Monats nach Bekanntgabe beim " + name + " schriftlich, in"
                            + " elektronischer Form oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle"
                            + " einzulegen. Die Beschwerdefrist ist auch gewahrt, wenn die Beschwerde innerhalb der Frist"
                            + " beim Landessozialgericht Nordrhein-Westfalen eingelegt wird.");
                } else {
                    String what = c.decisionType().equals("Gerichtsbescheid") ? "Dieser Gerichtsbescheid" : "Dieses Urteil";
                    out.add("Rechtsmittelbelehrung: " + what + " kann mit der Berufung angefochten werden. Die Berufung"
                            + " ist innerhalb eines Monats nach Zustellung beim Landessozialgericht Nordrhein-Westfalen"
                            + " schriftlich oder in elektronischer Form einzulegen; die Frist ist auch gewahrt, wenn die"
                            + " Berufung innerhalb der Frist beim " + name + " eingelegt wird.");
                }
            }
            case LSG -> out.add(c.urgent()
                    ? "Dieser Beschluss kann nicht mit der Beschwerde an das Bundessozialgericht angefochten werden"
                    + " (§ 177 SGG)."
                    : "Rechtsmittelbelehrung: Dieses Urteil kann nur dann mit der Revision angefochten werden, wenn sie"
                    + " nachträglich vom Bundessozialgericht zugelassen wird. Die Nichtzulassung der Revision kann"
                    + " innerhalb eines Monats nach Zustellung mit der Beschwerde angefochten werden.");
            default -> {
                // decisions of the BSG, the BVerwG and the EuGH are final
            }
        }
        return out;
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.cap;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.euro;
import static de.tenor.demo.Texts.join;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.Result;
import de.tenor.demo.Plan.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Assembles the reasons of a first-instance ruling: "Gründe" with I. and II. for a Beschluss,
 * "Tatbestand" and "Entscheidungsgründe" for an Urteil or Gerichtsbescheid. Appeals and the EuGH are
 * in {@link AppealText}.
 */
final class ReasonText {

    /**
     * A heading ("Gründe", "Tatbestand", "Entscheidungsgründe") and its numbered paragraphs.
     *
     * @param firstNumber the Rn. of the first paragraph when the section is an excerpt, else 0
     */
    record Section(String heading, List<String> paragraphs, int firstNumber) {
        Section {
            paragraphs = List.copyOf(paragraphs);
        }

        /** A section whose paragraphs continue the numbering of the previous one. */
        Section(String heading, List<String> paragraphs) {
            this(heading, paragraphs, 0);
        }
    }

    private ReasonText() {
    }

    /** True when the reasons side with the citizen's worker status (or the ground that carries the case). */
    static boolean favourable(CaseContext c) {
        return switch (c.result()) {
            case WON -> true;
            case LOST -> false;
            case PARTIAL -> c.social();
            case OTHER -> !c.is(Variant.PKH_DENIED);
            case UNKNOWN -> c.f().doubts.isEmpty();
        };
    }

    static List<Section> of(CaseContext c) {
        if (c.court() == Court.EUGH) {
            return EughText.eugh(c);
        }
        if (c.appeal()) {
            return AppealText.of(c);
        }
        List<String> facts = new ArrayList<>(FactText.personAndJob(c));
        facts.addAll(c.social() ? FactText.social(c) : FactText.administrative(c));
        List<String> reasons = switch (c.variant()) {
            case ERLEDIGT, WITHDRAWN -> settled(c);
            case PKH_GRANTED, PKH_DENIED -> legalAid(c);
            default -> c.social() ? social(c) : administrative(c);
        };
        reasons.addAll(FrameText.instructions(c));
        return frame(c, facts, reasons);
    }

    /** Beschluss: one "Gründe" section with I./II.; Urteil and Gerichtsbescheid: Tatbestand and Entscheidungsgründe. */
    static List<Section> frame(CaseContext c, List<String> facts, List<String> reasons) {
        if (c.decisionType().equals("Beschluss")) {
            List<String> all = new ArrayList<>();
            all.add("I. " + facts.get(0));
            all.addAll(facts.subList(1, facts.size()));
            all.add("II. " + reasons.get(0));
            all.addAll(reasons.subList(1, reasons.size()));
            return List.of(new Section("Gründe", all));
        }
        return List.of(new Section("Tatbestand", facts), new Section("Entscheidungsgründe", reasons));
    }

    private static List<String> administrative(CaseContext c) {
        Random r = c.rnd();
        Role cit = c.citizen();
        Role auth = c.authority();
        boolean fav = favourable(c);
        Result res = c.result();
        List<String> out = new ArrayList<>();
        String od = "Die Ordnungsverfügung " + auth.gen() + " vom " + longDate(c.f().authorityDecision);
        if (c.urgent()) {
            String success = res == Result.PARTIAL ? "hat teilweise Erfolg" : fav ? "hat Erfolg" : "hat keinen Erfolg";
            out.add(join("Der Antrag " + success + ".", "Er ist als Antrag auf Wiederherstellung der aufschiebenden"
                    + " Wirkung der Klage gegen die für sofort vollziehbar erklärte Verlustfeststellung (§ 80 Abs. 5 Satz 1"
                    + " Alt. 2 VwGO) und als Antrag auf Anordnung der aufschiebenden Wirkung hinsichtlich der kraft Gesetzes"
                    + " sofort vollziehbaren Abschiebungsandrohung (§ 80 Abs. 2 Satz 2 VwGO i. V. m. § 112 JustG NRW)"
                    + " statthaft und auch im Übrigen zulässig.", pick(r,
                    "Nach § 80 Abs. 5 VwGO trifft das Gericht eine eigene Ermessensentscheidung, bei der es das öffentliche"
                            + " Interesse an der sofortigen Vollziehung gegen das private Interesse an der aufschiebenden"
                            + " Wirkung abwägt. Maßgeblich sind in erster Linie die Erfolgsaussichten der Klage, wie sie sich"
                            + " bei summarischer Prüfung darstellen.",
                    "Im Rahmen der Entscheidung nach § 80 Abs. 5 VwGO kommt es vorrangig auf die Erfolgsaussichten in der"
                            + " Hauptsache an. Erweist sich der Verwaltungsakt als offensichtlich rechtswidrig, besteht kein"
                            + " öffentliches Interesse an seiner Vollziehung; ist er offensichtlich rechtmäßig, überwiegt"
                            + " regelmäßig das Vollzugsinteresse.")));
            if (chance(r, 0.3)) {
                out.add("Die Anordnung der sofortigen Vollziehung ist formell nicht zu beanstanden; " + auth.nom()
                        + " hat das besondere Vollzugsinteresse in einer den Anforderungen des § 80 Abs. 3 Satz 1 VwGO"
                        + " genügenden Weise schriftlich begründet.");
            }
        } else {
            String verdict = res == Result.PARTIAL ? "ist teilweise begründet" : fav ? "ist begründet" : "ist unbegründet";
            out.add(join("Die zulässige Klage " + verdict + ".", res == Result.PARTIAL
                    ? od + " ist nur hinsichtlich der Abschiebungsandrohung rechtswidrig und verletzt " + cit.akk()
                    + " insoweit in " + cit.sein() + "en Rechten (§ 113 Abs. 1 Satz 1 VwGO)."
                    : fav ? od + " ist rechtswidrig und verletzt " + cit.akk() + " in " + cit.sein() + "en Rechten (§ 113"
                    + " Abs. 1 Satz 1 VwGO)."
                    : od + " ist rechtmäßig und verletzt " + cit.akk() + " nicht in " + cit.sein() + "en Rechten (§ 113"
                    + " Abs. 1 Satz 1 VwGO).",
                    "Maßgeblich ist die Sach- und Rechtslage im Zeitpunkt der mündlichen Verhandlung."));
        }
        out.add(pick(r,
                "Rechtsgrundlage der Verlustfeststellung ist § 5 Abs. 4 Satz 1 FreizügG/EU. Danach kann der Verlust des"
                        + " Rechts nach § 2 Abs. 1 FreizügG/EU festgestellt werden, wenn dessen Voraussetzungen innerhalb von"
                        + " fünf Jahren nach Begründung des ständigen rechtmäßigen Aufenthalts im Bundesgebiet entfallen sind"
                        + " oder nicht vorliegen.",
                "Nach § 5 Abs. 4 Satz 1 FreizügG/EU kann die Ausländerbehörde feststellen, dass das Recht auf Einreise und"
                        + " Aufenthalt nicht besteht, wenn die Voraussetzungen der Freizügigkeit innerhalb von fünf Jahren"
                        + " nach Begründung des ständigen Aufenthalts entfallen sind. Freizügigkeitsberechtigt sind nach § 2"
                        + " Abs. 2 Nr. 1 FreizügG/EU insbesondere Unionsbürger, die sich als Arbeitnehmer aufhalten."));
        out.addAll(LawText.workerConcept(c));
        out.addAll(LawText.application(c, fav));
        if (!fav) {
            out.add(LawText.otherRights(c));
        }
        if (res == Result.PARTIAL) {
            out.add("Rechtswidrig ist dagegen die Abschiebungsandrohung. Nach § 7 Abs. 1 Satz 3 FreizügG/EU soll die"
                    + " Ausreisefrist, außer in dringenden Fällen, mindestens einen Monat betragen. Die gesetzte Frist von"
                    + " zehn Tagen unterschreitet diese Mindestfrist, ohne dass " + auth.nom()
                    + " einen dringenden Fall dargelegt hätte.");
        } else if (fav) {
            out.add("Da die Verlustfeststellung keinen Bestand hat, fehlt es an einer Ausreisepflicht (§ 7 Abs. 1 Satz 1"
                    + " FreizügG/EU); damit entfällt auch die Grundlage der Abschiebungsandrohung.");
        } else {
            out.add("Die Abschiebungsandrohung beruht auf § 7 Abs. 1 Satz 2 und 3 FreizügG/EU i. V. m. § 59 AufenthG und"
                    + " ist ebenfalls nicht zu beanstanden; die gesetzte Ausreisefrist von einem Monat entspricht den"
                    + " gesetzlichen Vorgaben.");
        }
        if (c.urgent()) {
            out.add(res == Result.PARTIAL ? "Im Übrigen überwiegt das öffentliche Interesse an der sofortigen Vollziehung"
                    + " der Verlustfeststellung."
                    : fav ? "An der sofortigen Vollziehung eines voraussichtlich rechtswidrigen Verwaltungsakts besteht kein"
                    + " öffentliches Interesse. Das Interesse " + cit.gen() + ", bis zur Entscheidung in der Hauptsache im"
                    + " Bundesgebiet zu bleiben und " + cit.sein() + "e Beschäftigung fortzusetzen, überwiegt daher."
                    : "Bei dieser Sachlage überwiegt das öffentliche Interesse an der sofortigen Vollziehung. Es besteht"
                    + " ein besonderes Interesse daran, die weitere Inanspruchnahme öffentlicher Mittel durch nicht"
                    + " freizügigkeitsberechtigte Personen zu verhindern. Gründe, die ein Abwarten des Hauptsacheverfahrens"
                    + " rechtfertigten, hat " + cit.nom() + " nicht glaubhaft gemacht.");
        }
        String costNorm = res == Result.PARTIAL ? "§ 155 Abs. 1 Satz 1 VwGO" : "§ 154 Abs. 1 VwGO";
        out.add(c.urgent()
                ? "Die Kostenentscheidung beruht auf " + costNorm + ". Die Festsetzung des Streitwerts folgt aus §§ 53"
                + " Abs. 2 Nr. 2, 52 Abs. 2 GKG; der Auffangwert ist im Verfahren des vorläufigen Rechtsschutzes zu halbieren."
                : "Die Kostenentscheidung folgt aus " + costNorm + ". Die Entscheidung über die vorläufige"
                + " Vollstreckbarkeit beruht auf § 167 VwGO i. V. m. §§ 708 Nr. 11, 711 ZPO.");
        return out;
    }

    private static List<String> social(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();
        boolean fav = favourable(c);
        Result res = c.result();
        List<String> out = new ArrayList<>();
        if (c.urgent()) {
            String verdict = res == Result.PARTIAL ? "ist teilweise begründet" : fav ? "ist begründet" : "ist unbegründet";
            out.add(join("Der zulässige Antrag " + verdict + ".", "Nach § 86b Abs. 2 Satz 2 SGG sind einstweilige"
                            + " Anordnungen zur Regelung eines vorläufigen Zustands in Bezug auf ein streitiges"
                            + " Rechtsverhältnis zulässig, wenn eine solche Regelung zur Abwendung wesentlicher Nachteile"
                            + " nötig erscheint.",
                    "Voraussetzung ist, dass ein Anordnungsanspruch und ein Anordnungsgrund glaubhaft gemacht sind (§ 86b"
                            + " Abs. 2 Satz 4 SGG i. V. m. § 920 Abs. 2 ZPO)."));
        } else {
            String verdict = res == Result.PARTIAL ? "ist teilweise begründet" : fav ? "ist begründet" : "ist unbegründet";
            out.add(join("Die zulässige Klage " + verdict + ".", fav
                    ? "Der Bescheid vom " + longDate(f.authorityDecision) + " in der Gestalt des Widerspruchsbescheides"
                    + " ist " + (res == Result.PARTIAL ? "teilweise " : "") + "rechtswidrig und verletzt " + cit.akk()
                    + " in " + cit.sein() + "en Rechten (§ 54 Abs. 2 Satz 1 SGG)."
                    : "Der angefochtene Bescheid ist rechtmäßig; " + cit.nom() + " hat keinen Anspruch auf Leistungen"
                    + " nach dem SGB II."));
        }
        out.add(join(c.C() + " erfüllt die Grundvoraussetzungen des § 7 Abs. 1 Satz 1 SGB II.",
                pick(r, cap(cit.er()) + " hat das 15. Lebensjahr vollendet und die Altersgrenze nicht erreicht, ist"
                        + " erwerbsfähig und hilfebedürftig und hat " + cit.sein() + "en gewöhnlichen Aufenthalt im"
                        + " Bundesgebiet.", "Alter, Erwerbsfähigkeit, Hilfebedürftigkeit und gewöhnlicher Aufenthalt stehen"
                        + " zwischen den Beteiligten nicht im Streit.")));
        out.add(exclusion(c));
        out.addAll(LawText.workerConcept(c));
        out.addAll(LawText.application(c, fav));
        if (res == Result.PARTIAL) {
            out.add(jobEnded(c, c.urgent() ? "war der Antrag abzulehnen" : "war die Klage abzuweisen"));
        }
        if (!fav) {
            out.add(LawText.otherRights(c));
        }
        if (c.urgent() && fav) {
            int rate = Law.standardRate(f.authorityDecision);
            out.add("Auch ein Anordnungsgrund ist glaubhaft gemacht. Ohne die begehrten Leistungen ist das"
                    + " Existenzminimum " + cit.gen() + " nicht gesichert; das Erwerbseinkommen von " + euro(f.pay)
                    + " Euro deckt den Bedarf aus Regelbedarf (" + euro(rate) + " Euro) und Kosten der Unterkunft nicht."
                    + " Die Leistungen sind vorläufig bis zum " + longDate(c.periodEnd()) + " zuzusprechen.");
        }
        out.add(pick(r, "Die Kostenentscheidung beruht auf " + (c.urgent() ? "einer entsprechenden Anwendung von " : "")
                        + "§ 193 SGG.",
                "Die Entscheidung über die Kosten folgt aus § 193 SGG und berücksichtigt den Ausgang des Verfahrens."));
        return out;
    }

    /** The Leistungsausschluss of § 7 SGB II and why a worker is not caught by it. */
    static String exclusion(CaseContext c) {
        String eu = String.join("; ", java.util.stream.Stream.of(Law.dano(), Law.alimanovic(c.date()))
                .filter(s -> !s.isEmpty()).toList());
        return "Ausgenommen sind nach " + Law.exclusionNorm(c.date()) + " Ausländerinnen und Ausländer, die"
                + " kein Aufenthaltsrecht haben oder deren Aufenthaltsrecht sich allein aus dem Zweck der Arbeitsuche"
                + " ergibt. Dieser Ausschluss ist mit Unionsrecht vereinbar (" + eu + "). Er greift aber nicht, wenn "
                + c.citizen().nom() + " als " + c.worker() + " nach § 2 Abs. 2 Nr. 1 FreizügG/EU freizügigkeitsberechtigt ist.";
    }

    /** Why worker status ends with the job: the partial result of the social courts. */
    static String jobEnded(CaseContext c, String consequence) {
        Facts f = c.f();
        Role cit = c.citizen();
        boolean past = f.jobEnd.isBefore(c.date());
        return (past ? "Mit dem Ende des Beschäftigungsverhältnisses zum " + longDate(f.jobEnd)
                + " ist die Arbeitnehmereigenschaft jedoch entfallen."
                : "Das Beschäftigungsverhältnis endet jedoch aufgrund der Kündigung zum " + longDate(f.jobEnd) + ".")
                + " Dass die Arbeitnehmereigenschaft nach § 2 Abs. 3 FreizügG/EU fortwirkt, ist nicht ersichtlich, weil "
                + cit.nom() + " sich nicht bei der zuständigen Agentur für Arbeit arbeitsuchend gemeldet hat. Für die Zeit"
                + " danach greift der Leistungsausschluss; insoweit " + consequence + ".";
    }

    /** Einstellung after Erledigung or withdrawal: short reasons, a cost decision, no view on the merits. */
    private static List<String> settled(CaseContext c) {
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();
        List<String> out = new ArrayList<>();
        if (c.is(Variant.WITHDRAWN)) {
            out.add("Das Verfahren ist nach § 92 Abs. 3 Satz 1 VwGO einzustellen, nachdem " + cit.nom() + " die Klage mit"
                    + " Schriftsatz vom " + longDate(c.date().minusDays(9)) + " zurückgenommen hat. Nach Angaben "
                    + cit.gen() + " hat " + cit.er() + " das Bundesgebiet inzwischen verlassen.");
            out.add("Die Kostenentscheidung folgt aus § 155 Abs. 2 VwGO. Die Festsetzung des Streitwerts beruht auf § 52"
                    + " Abs. 2 GKG.");
            out.add("Eine Entscheidung darüber, ob " + cit.nom() + " mit " + f.hours + " Wochenstunden als "
                    + f.jobTitle() + " Arbeitnehmer im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU war, ist damit nicht mehr"
                    + " veranlasst.");
            return out;
        }
        out.add("Nachdem die Beteiligten das Verfahren übereinstimmend in der Hauptsache für erledigt erklärt haben, ist es"
                + " in entsprechender Anwendung von § 92 Abs. 3 Satz 1 VwGO einzustellen.");
        if (c.urgent()) {
            out.add(cap(auth.nom()) + " hat die Ordnungsverfügung vom " + longDate(f.authorityDecision) + " mit Bescheid vom "
                    + longDate(c.date().minusDays(12)) + " aufgehoben, nachdem " + cit.nom() + " einen geänderten"
                    + " Arbeitsvertrag über " + (f.hours + 6) + " Wochenstunden vorgelegt hatte.");
            out.add("Über die Kosten ist nach § 161 Abs. 2 Satz 1 VwGO nach billigem Ermessen unter Berücksichtigung des"
                    + " bisherigen Sach- und Streitstandes zu entscheiden. Es entspricht billigem Ermessen, " + auth.dat()
                    + " die Kosten aufzuerlegen, weil " + auth.er() + " sich durch die Aufhebung der Verfügung freiwillig in"
                    + " die Rolle der Unterlegenen begeben hat.");
        } else {
            out.add(cap(auth.nom()) + " hat die Verfügung aufgehoben, nachdem " + cit.nom() + " während des Verfahrens eine"
                    + " sozialversicherungspflichtige Beschäftigung aufgenommen hatte.");
            out.add("Über die Kosten ist nach § 161 Abs. 2 Satz 1 VwGO nach billigem Ermessen zu entscheiden. Die"
                    + " Erfolgsaussichten der Klage waren bis zum erledigenden Ereignis offen: Ob die frühere Tätigkeit mit "
                    + f.hours + " Wochenstunden und " + euro(f.pay) + " Euro monatlich völlig untergeordnet und unwesentlich"
                    + " war, hätte weiterer Aufklärung bedurft. Es entspricht daher billigem Ermessen, die Kosten"
                    + " gegeneinander aufzuheben.");
        }
        out.add("Die Festsetzung des Streitwerts beruht auf §§ 52 Abs. 2" + (c.urgent() ? ", 53 Abs. 2 Nr. 2" : "") + " GKG.");
        return out;
    }

    /** A decision on Prozesskostenhilfe only: the prospects of success, nothing on the merits themselves. */
    private static List<String> legalAid(CaseContext c) {
        Role cit = c.citizen();
        Facts f = c.f();
        boolean granted = c.is(Variant.PKH_GRANTED);
        List<String> out = new ArrayList<>();
        String norm = c.social() ? "§ 73a Abs. 1 Satz 1 SGG" : "§ 166 Abs. 1 Satz 1 VwGO";
        out.add(join("Der Antrag auf Bewilligung von Prozesskostenhilfe ist " + (granted ? "begründet." : "unbegründet."),
                "Nach " + norm + " i. V. m. § 114 Abs. 1 Satz 1 ZPO erhält ein Beteiligter, der nach seinen persönlichen"
                        + " und wirtschaftlichen Verhältnissen die Kosten der Prozessführung nicht aufbringen kann,"
                        + " Prozesskostenhilfe, wenn die beabsichtigte Rechtsverfolgung hinreichende Aussicht auf Erfolg"
                        + " bietet und nicht mutwillig erscheint."));
        out.addAll(LawText.workerConcept(c).subList(0, 2));
        if (granted) {
            out.add("Danach bietet die Rechtsverfolgung hinreichende Aussicht auf Erfolg. Ob die Tätigkeit " + cit.gen()
                    + " als " + f.jobTitle() + " mit " + f.hours + " Stunden wöchentlich und " + euro(f.pay)
                    + " Euro monatlich völlig untergeordnet und unwesentlich ist, lässt sich nur im Rahmen einer"
                    + " Gesamtbetrachtung beurteilen, die der Entscheidung über den Eilantrag vorbehalten bleibt. Die"
                    + " Erfolgsaussichten sind damit jedenfalls offen.");
            out.add(cap(cit.er()) + " kann die Kosten nach " + cit.sein() + "en persönlichen und wirtschaftlichen"
                    + " Verhältnissen nicht aufbringen. Die Beiordnung beruht auf " + norm + " i. V. m. § 121 Abs. 2 ZPO.");
        } else {
            out.addAll(LawText.application(c, false));
            out.add("Die Rechtsverfolgung bietet danach keine hinreichende Aussicht auf Erfolg. Auf die persönlichen und"
                    + " wirtschaftlichen Verhältnisse " + cit.gen() + " kommt es nicht mehr an.");
        }
        return out;
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.cap;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.euro;
import static de.tenor.demo.Texts.join;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.Result;
import de.tenor.demo.Plan.Variant;
import de.tenor.demo.ReasonText.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reasons of appeal decisions: OVG, LSG, BSG and BVerwG. */
final class AppealText {

    private AppealText() {
    }

    static List<Section> of(CaseContext c) {
        return switch (c.court().branch) {
            case OVG -> ovg(c);
            case LSG -> lsg(c);
            case BSG -> bsg(c);
            case BVerwG -> bverwg(c);
            default -> throw new IllegalStateException("not an appeal court: " + c.court());
        };
    }

    /** Did the citizen win in the instance below? Only the authority appeals a decision it lost. */
    private static boolean lowerFavourable(CaseContext c) {
        return c.is(Variant.AUTHORITY_APPEAL);
    }

    private static Role appellant(CaseContext c) {
        return c.is(Variant.AUTHORITY_APPEAL) ? c.authority() : c.citizen();
    }

    private static String appealArgument(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role app = appellant(c);
        String lowerName = c.lowerCourt().branch == Court.Branch.SG || c.lowerCourt().branch == Court.Branch.VG
                ? (c.social() ? "das Sozialgericht" : "das Verwaltungsgericht")
                : (c.social() ? "das Landessozialgericht" : "das Oberverwaltungsgericht");
        if (c.is(Variant.AUTHORITY_APPEAL)) {
            return cap(app.er()) + " macht geltend, " + lowerName + " habe die Gesamtbetrachtung fehlerhaft vorgenommen;"
                    + pick(r, " eine Tätigkeit von " + f.hours + " Wochenstunden sichere nicht einmal einen wesentlichen"
                    + " Teil des Lebensunterhalts.", " das Entgelt von " + euro(f.pay) + " Euro monatlich belege, dass die"
                    + " Beschäftigung völlig untergeordnet sei.");
        }
        return cap(app.er()) + " macht geltend, " + lowerName + pick(r,
                " habe die vorgelegten Lohnabrechnungen und die Dauer des Arbeitsverhältnisses nicht hinreichend gewürdigt.",
                " habe allein auf die Höhe des Verdienstes abgestellt und die gebotene Gesamtbetrachtung unterlassen.");
    }

    // ---------------------------------------------------------------- OVG

    private static List<Section> ovg(CaseContext c) {
        Facts f = c.f();
        Role cit = c.citizen();
        List<String> facts = new ArrayList<>(FactText.personAndJob(c));
        facts.add(FactText.order(c));
        facts.add(FactText.orderReason(c));
        String lower = TenorText.lowerRef(c, true);
        if (c.urgent()) {
            facts.add(lowerFavourable(c)
                    ? "Auf den Antrag " + cit.gen() + " vom " + longDate(f.actionFiled) + " hat das Verwaltungsgericht mit dem"
                    + " angefochtenen Beschluss vom " + longDate(c.lowerDate()) + " die aufschiebende Wirkung der Klage "
                    + c.mainDocket() + " wiederhergestellt bzw. angeordnet. Die Tätigkeit " + cit.gen() + " sei nicht"
                    + " völlig untergeordnet und unwesentlich."
                    : "Den am " + longDate(f.actionFiled) + " gestellten Antrag auf Gewährung vorläufigen Rechtsschutzes"
                    + " hat das Verwaltungsgericht mit dem angefochtenen Beschluss vom " + longDate(c.lowerDate())
                    + " abgelehnt. Zur Begründung hat es ausgeführt, " + cit.nom() + " sei nicht als " + c.worker()
                    + " anzusehen.");
        } else {
            facts.add("Die am " + longDate(f.actionFiled) + " erhobene Klage ("
                    + c.lowerDocket() + ") hat das Verwaltungsgericht mit Urteil vom " + longDate(c.lowerDate())
                    + (lowerFavourable(c) ? " stattgegeben und die Ordnungsverfügung aufgehoben." : " abgewiesen."));
        }
        if (c.is(Variant.ERLEDIGT)) {
            facts.add("Hiergegen hat " + cit.nom() + " Beschwerde eingelegt. Während des Beschwerdeverfahrens hat "
                    + c.authority().nom() + " die Ordnungsverfügung aufgehoben; die Beteiligten haben das Verfahren"
                    + " daraufhin übereinstimmend für erledigt erklärt.");
            List<String> reasons = new ArrayList<>();
            reasons.add("Das Beschwerdeverfahren ist in entsprechender Anwendung von § 92 Abs. 3 Satz 1 VwGO einzustellen,"
                    + " nachdem die Beteiligten den Rechtsstreit in der Hauptsache übereinstimmend für erledigt erklärt"
                    + " haben. " + cap(lower) + " ist wirkungslos (§ 173 Satz 1 VwGO i. V. m. § 269 Abs. 3 Satz 1 ZPO).");
            reasons.addAll(LawText.workerConcept(c).subList(0, 2));
            reasons.add("Über die Kosten ist nach § 161 Abs. 2 Satz 1 VwGO nach billigem Ermessen zu entscheiden. Ob die"
                    + " Tätigkeit mit " + f.hours + " Wochenstunden nach diesen Maßstäben völlig untergeordnet war, hätte"
                    + " sich nur nach weiterer Aufklärung beurteilen lassen; die Erfolgsaussichten waren daher offen. Es"
                    + " entspricht billigem Ermessen, die Kosten gegeneinander aufzuheben.");
            reasons.add("Die Streitwertfestsetzung beruht auf §§ 47 Abs. 1, 53 Abs. 2 Nr. 2, 52 Abs. 2 GKG.");
            reasons.addAll(FrameText.instructions(c));
            return ReasonText.frame(c, facts, reasons);
        }
        Role app = appellant(c);
        String remedy = c.urgent() ? "Beschwerde" : (c.urteil() ? "Berufung" : "Antrag auf Zulassung der Berufung");
        facts.add(join((c.urgent() || c.urteil() ? "Hiergegen richtet sich die " : "Hiergegen richtet sich der ") + remedy
                + " " + app.gen() + ".", appealArgument(c)));
        if (c.urteil()) {
            facts.add("Der Senat hat die Berufung mit Beschluss vom " + longDate(c.date().minusMonths(5))
                    + " zugelassen.");
            facts.add(join(c.C() + " beantragt,", "das angefochtene Urteil zu ändern und die Ordnungsverfügung "
                    + c.authority().gen() + " vom " + longDate(f.authorityDecision) + " aufzuheben."));
            facts.add(join(c.A() + " beantragt,", "die Berufung zurückzuweisen."));
        }

        boolean fav = c.result() == Result.WON;
        boolean appellantWins = c.is(Variant.AUTHORITY_APPEAL) != fav;
        List<String> reasons = new ArrayList<>();
        if (c.urgent()) {
            reasons.add(join("Die zulässige Beschwerde " + app.gen() + (appellantWins ? " ist begründet." : " ist unbegründet."),
                    "Die dargelegten Gründe, auf deren Prüfung der Senat nach § 146 Abs. 4 Satz 6 VwGO beschränkt ist,"
                            + (appellantWins ? " rechtfertigen es" : " rechtfertigen es nicht")
                            + ", den angefochtenen Beschluss zu ändern."));
        } else if (c.urteil()) {
            reasons.add("Die zulässige Berufung ist unbegründet. Das Verwaltungsgericht hat die Klage zu Recht abgewiesen."
                    + " Die Ordnungsverfügung ist rechtmäßig und verletzt " + cit.akk() + " nicht in " + cit.sein()
                    + "en Rechten (§ 113 Abs. 1 Satz 1 VwGO).");
        } else {
            reasons.add("Der Antrag hat keinen Erfolg. Ernstliche Zweifel an der Richtigkeit des Urteils (§ 124 Abs. 2 Nr. 1"
                    + " VwGO) bestehen nicht; das Verwaltungsgericht ist zutreffend davon ausgegangen, dass " + cit.nom()
                    + " als " + c.worker() + " freizügigkeitsberechtigt ist.");
        }
        reasons.addAll(LawText.workerConcept(c));
        reasons.addAll(LawText.application(c, fav));
        if (!fav) {
            reasons.add(LawText.otherRights(c));
        }
        reasons.add(rebuttal(c, fav));
        if (!c.urgent() && !c.urteil()) {
            reasons.add("Die Rechtssache hat auch keine grundsätzliche Bedeutung (§ 124 Abs. 2 Nr. 3 VwGO). Die von "
                    + c.authority().dat() + " aufgeworfene Frage, ob eine geringfügige Beschäftigung einen wesentlichen Teil"
                    + " des Lebensunterhalts sichern muss, ist in der Rechtsprechung des Gerichtshofs der Europäischen Union"
                    + " geklärt und lässt sich im Übrigen nur anhand der Umstände des Einzelfalls beantworten.");
        }
        String costs = "Die Kostenentscheidung beruht auf § 154 Abs. " + (appellantWins ? "1" : "2") + " VwGO.";
        if (c.urteil()) {
            reasons.add(costs + " Die Entscheidung über die vorläufige Vollstreckbarkeit folgt aus § 167 VwGO i. V. m."
                    + " §§ 708 Nr. 10, 711 ZPO. Die Revision ist nicht zuzulassen, weil keiner der in § 132 Abs. 2 VwGO"
                    + " genannten Gründe vorliegt.");
        } else {
            reasons.add(costs + " Die Streitwertfestsetzung beruht auf §§ 47 Abs. 1" + (c.urgent() ? ", 53 Abs. 2 Nr. 2" : "")
                    + ", 52 Abs. 2 GKG." + (c.urgent() ? "" : " Mit der Ablehnung des Zulassungsantrags wird das Urteil des"
                    + " Verwaltungsgerichts rechtskräftig (§ 124a Abs. 5 Satz 4 VwGO)."));
        }
        reasons.addAll(FrameText.instructions(c));
        return ReasonText.frame(c, facts, reasons);
    }

    /** The answer to the appellant's arguments. */
    private static String rebuttal(CaseContext c, boolean fav) {
        Random r = c.rnd();
        Facts f = c.f();
        Role app = appellant(c);
        String intro = (c.urgent() ? "Das Beschwerdevorbringen " : "Das Vorbringen ") + app.gen();
        if (c.is(Variant.AUTHORITY_APPEAL) && fav) {
            return intro + " rechtfertigt keine andere Bewertung. Soweit " + app.er() + " geltend macht, " + c.citizen().nom()
                    + " erziele mit " + euro(f.pay) + " Euro monatlich kein existenzsicherndes Einkommen, kommt es hierauf"
                    + " nach der Rechtsprechung des Gerichtshofs nicht an. " + pick(r, "Auch der Hinweis auf den geringen"
                    + " Stundenumfang greift nicht durch; eine feste Untergrenze gibt es nicht.", "Eine Verwaltungspraxis,"
                    + " die auf die Deckung eines wesentlichen Teils des Lebensunterhalts abstellt, bindet das Gericht nicht.");
        }
        if (c.is(Variant.AUTHORITY_APPEAL)) {
            return intro + " greift durch. Das Verwaltungsgericht hat die Arbeitnehmereigenschaft zu Unrecht bejaht, weil es"
                    + " allein die formale Anmeldung der Beschäftigung und die Vorlage von Lohnabrechnungen gewürdigt hat,"
                    + " nicht aber deren geringen Umfang und wirtschaftliches Gewicht.";
        }
        if (fav) {
            return intro + " greift durch. Das Verwaltungsgericht hat maßgeblich auf die Höhe des Einkommens abgestellt und"
                    + " dabei nicht hinreichend berücksichtigt, dass die Beschäftigung seit " + f.monthsPhrase()
                    + " regelmäßig ausgeübt wird und arbeitsvertraglich abgesichert ist.";
        }
        return intro + " führt zu keinem anderen Ergebnis. Der Verweis auf die Anmeldung bei der Minijob-Zentrale und die"
                + " Vorlage von Lohnabrechnungen belegt lediglich das formale Bestehen eines Beschäftigungsverhältnisses,"
                + " nicht aber dessen Umfang und wirtschaftliches Gewicht.";
    }

    // ---------------------------------------------------------------- LSG

    private static List<Section> lsg(CaseContext c) {
        Facts f = c.f();
        Role cit = c.citizen();
        List<String> facts = new ArrayList<>(FactText.personAndJob(c));
        facts.addAll(FactText.social(c).subList(0, 4));
        String lower = TenorText.lowerRef(c, true);
        if (c.urgent()) {
            facts.add(lowerFavourable(c)
                    ? "Das Sozialgericht hat den Antragsgegner mit Beschluss vom " + longDate(c.lowerDate()) + " im Wege der"
                    + " einstweiligen Anordnung verpflichtet, " + cit.dat() + " vorläufig Leistungen nach dem SGB II zu"
                    + " gewähren. " + cap(cit.er()) + " sei als " + c.worker() + " nicht vom Leistungsausschluss erfasst."
                    : "Das Sozialgericht hat den Antrag mit Beschluss vom " + longDate(c.lowerDate()) + " abgelehnt. Die"
                    + " Tätigkeit " + cit.gen() + " sei völlig untergeordnet und unwesentlich.");
        } else {
            facts.add("Das Sozialgericht hat die Klage mit " + ("Gerichtsbescheid".equals(c.lowerType()) ? "Gerichtsbescheid"
                    : "Urteil") + " vom " + longDate(c.lowerDate()) + " abgewiesen.");
        }
        Role app = appellant(c);
        facts.add(join("Hiergegen richtet sich die " + (c.urgent() ? "Beschwerde " : "Berufung ") + app.gen() + ".",
                appealArgument(c)));
        if (!c.urgent()) {
            facts.add(join(c.C() + " beantragt,", TenorText.lowerRef(c) + " aufzuheben und " + c.authority().akk() + " unter"
                    + " Aufhebung des Bescheides vom " + longDate(f.authorityDecision) + " zu verurteilen, " + cit.ihm()
                    + " Leistungen nach dem SGB II in gesetzlicher Höhe zu gewähren."));
            facts.add(join(c.A() + " beantragt,", "die Berufung zurückzuweisen."));
        }
        List<String> reasons = new ArrayList<>();
        if (c.is(Variant.REMAND)) {
            reasons.add("Die zulässige Berufung ist im Sinne der Aufhebung und Zurückverweisung begründet (§ 159 Abs. 1"
                    + " Nr. 2 SGG). Das Verfahren des Sozialgerichts leidet an einem wesentlichen Mangel, weil es den"
                    + " Sachverhalt nicht hinreichend aufgeklärt hat (§ 103 SGG).");
            reasons.add(ReasonText.exclusion(c));
            reasons.addAll(LawText.workerConcept(c));
            reasons.add("Diese Gesamtbetrachtung erfordert Feststellungen zum Inhalt des Arbeitsvertrages, zu den"
                    + " tatsächlich geleisteten Arbeitsstunden, zu den Lohnzahlungen und zu Urlaub und Entgeltfortzahlung."
                    + " Das Sozialgericht hat weder den Arbeitgeber befragt noch Arbeitszeitnachweise beigezogen; es hat"
                    + " allein auf das Entgelt von " + euro(f.pay) + " Euro abgestellt.");
            reasons.add("Wegen des Mangels ist eine umfangreiche und aufwändige Beweisaufnahme notwendig. Der Senat macht"
                    + " von dem ihm eingeräumten Ermessen Gebrauch und verweist die Sache an das Sozialgericht zurück, um den"
                    + " Beteiligten keine Tatsacheninstanz zu nehmen.");
            reasons.add("Die Kostenentscheidung bleibt der abschließenden Entscheidung des Sozialgerichts vorbehalten. Gründe"
                    + " für die Zulassung der Revision (§ 160 Abs. 2 SGG) liegen nicht vor.");
            reasons.addAll(FrameText.instructions(c));
            return ReasonText.frame(c, facts, reasons);
        }
        boolean fav = c.result() != Result.LOST;
        if (c.urgent()) {
            reasons.add(join("Die zulässige Beschwerde " + app.gen() + " ist unbegründet.", fav
                    ? "Das Sozialgericht hat den Antragsgegner zu Recht im Wege der einstweiligen Anordnung zur vorläufigen"
                    + " Leistung verpflichtet."
                    : "Das Sozialgericht hat den Antrag auf Erlass einer einstweiligen Anordnung zu Recht abgelehnt.",
                    "Ein Anordnungsanspruch (§ 86b Abs. 2 Satz 2 und 4 SGG i. V. m. § 920 Abs. 2 ZPO) ist "
                            + (fav ? "glaubhaft gemacht." : "nicht glaubhaft gemacht.")));
        } else {
            reasons.add("Die zulässige Berufung ist teilweise begründet. Das Sozialgericht hat die Klage zu Unrecht in vollem"
                    + " Umfang abgewiesen.");
        }
        reasons.add(ReasonText.exclusion(c));
        reasons.addAll(LawText.workerConcept(c));
        reasons.addAll(LawText.application(c, fav));
        if (c.result() == Result.PARTIAL) {
            reasons.add(ReasonText.jobEnded(c, "war die Berufung zurückzuweisen"));
        }
        if (!fav) {
            reasons.add(LawText.otherRights(c));
        }
        reasons.add(rebuttal(c, fav).replace("Das Verwaltungsgericht", "Das Sozialgericht"));
        if (c.urgent() && fav) {
            reasons.add("Auch der Anordnungsgrund liegt vor; das Existenzminimum " + cit.gen() + " ist ohne die Leistungen"
                    + " nicht gesichert.");
        }
        reasons.add("Die Kostenentscheidung beruht auf " + (c.urgent() ? "einer entsprechenden Anwendung von " : "")
                + "§ 193 SGG." + (c.result() == Result.LOST ? " Prozesskostenhilfe für das Beschwerdeverfahren war mangels"
                + " hinreichender Erfolgsaussicht abzulehnen (§ 73a Abs. 1 Satz 1 SGG i. V. m. § 114 ZPO)." : "")
                + (c.urgent() ? "" : " Gründe für die Zulassung der Revision (§ 160 Abs. 2 SGG) liegen nicht vor."));
        reasons.addAll(FrameText.instructions(c));
        return ReasonText.frame(c, facts, reasons);
    }

    // ---------------------------------------------------------------- BSG and BVerwG

    private static List<Section> bsg(CaseContext c) {
        Facts f = c.f();
        Role cit = c.citizen();
        boolean remand = c.is(Variant.REMAND);
        List<String> facts = new ArrayList<>();
        facts.add("Die Beteiligten streiten über Leistungen der Grundsicherung für Arbeitsuchende für die Zeit vom "
                + longDate(c.periodStart()) + " bis zum " + longDate(c.periodEnd()) + " und dabei insbesondere darüber, ob "
                + cit.nom() + " als " + c.worker() + " vom Leistungsausschluss für Unionsbürger ausgenommen ist.");
        facts.addAll(FactText.personAndJob(c));
        facts.addAll(FactText.social(c).subList(1, 3));
        facts.add("Das " + c.firstCourt().fullName + " hat die Klage mit Urteil vom " + longDate(c.firstDate())
                + " abgewiesen (" + c.firstDocket() + ").");
        facts.add(remand
                ? "Das Landessozialgericht hat die Berufung mit Urteil vom " + longDate(c.lowerDate()) + " zurückgewiesen ("
                + c.lowerDocket() + "). Bei einem monatlichen Entgelt von " + euro(f.pay) + " Euro sei die Tätigkeit"
                + " völlig untergeordnet; weitere Feststellungen hat es nicht getroffen."
                : "Auf die Berufung " + cit.gen() + " hat das Landessozialgericht mit Urteil vom " + longDate(c.lowerDate())
                + " (" + c.lowerDocket() + ") das Urteil des Sozialgerichts und die angefochtenen Bescheide aufgehoben und"
                + " " + c.authority().akk() + " zur Leistung verurteilt. " + cap(cit.er()) + " sei Arbeitnehmer"
                + (c.f().female ? "in" : "") + " im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU.");
        Role app = appellant(c);
        facts.add(join("Mit der vom Landessozialgericht zugelassenen Revision rügt " + app.nom() + " eine Verletzung von "
                + Law.exclusionNorm(c.date()) + " und § 2 Abs. 2 Nr. 1 FreizügG/EU.", appealArgument(c)));
        facts.add(join(cap(app.nom()) + " beantragt,", remand ? "das Urteil des Landessozialgerichts aufzuheben und die"
                + " Sache zurückzuverweisen." : "das Urteil des Landessozialgerichts aufzuheben und die Berufung gegen das"
                + " Urteil des Sozialgerichts zurückzuweisen."));
        facts.add(join(cap((remand ? c.authority() : cit).nom()) + " beantragt,", "die Revision zurückzuweisen."));

        List<String> reasons = new ArrayList<>();
        reasons.add(remand
                ? "Die zulässige Revision " + cit.gen() + " ist im Sinne der Aufhebung des angefochtenen Urteils und der"
                + " Zurückverweisung der Sache an das Landessozialgericht begründet (§ 170 Abs. 2 Satz 2 SGG)."
                : "Die zulässige Revision " + c.authority().gen() + " ist unbegründet (§ 170 Abs. 1 Satz 1 SGG). Das"
                + " Landessozialgericht hat zu Recht entschieden, dass " + cit.nom() + " Anspruch auf die streitigen"
                + " Leistungen hat.");
        reasons.add(ReasonText.exclusion(c));
        reasons.addAll(LawText.workerConcept(c));
        if (remand) {
            reasons.add("Ob " + cit.nom() + " danach " + c.worker() + " war, kann der Senat auf Grundlage der Feststellungen"
                    + " des Landessozialgerichts nicht abschließend beurteilen. Das Landessozialgericht hat allein auf die"
                    + " Höhe des Entgelts abgestellt, ohne Feststellungen zur Dauer des Arbeitsverhältnisses, zum"
                    + " Urlaubsanspruch und zur Entgeltfortzahlung zu treffen. Die Wochenarbeitszeit von " + f.hours
                    + " Stunden schließt die Arbeitnehmereigenschaft nicht von vornherein aus.");
            reasons.add("Im wiedereröffneten Berufungsverfahren wird das Landessozialgericht die fehlenden Feststellungen"
                    + " nachzuholen und die gebotene Gesamtbetrachtung vorzunehmen haben. Es wird auch über die Kosten des"
                    + " Revisionsverfahrens zu entscheiden haben.");
        } else {
            reasons.add("An die tatsächlichen Feststellungen des Landessozialgerichts ist der Senat gebunden (§ 163 SGG),"
                    + " weil zulässige und begründete Revisionsgründe insoweit nicht vorgebracht sind.");
            reasons.addAll(LawText.application(c, true));
            reasons.add("Die Kostenentscheidung beruht auf § 193 SGG.");
        }
        return List.of(new Section("Tatbestand", facts), new Section("Entscheidungsgründe", reasons));
    }

    private static List<Section> bverwg(CaseContext c) {
        Facts f = c.f();
        Role cit = c.citizen();
        boolean fav = c.result() == Result.WON;
        List<String> facts = new ArrayList<>();
        facts.add(c.C() + " wendet sich gegen die Feststellung des Verlusts " + cit.sein() + "es Rechts auf Einreise und"
                + " Aufenthalt nach § 5 Abs. 4 FreizügG/EU.");
        facts.addAll(FactText.personAndJob(c));
        facts.add(FactText.order(c));
        facts.add(FactText.orderReason(c));
        facts.add("Die Klage hat das " + c.firstCourt().fullName + " mit Urteil vom " + longDate(c.firstDate())
                + " abgewiesen (" + c.firstDocket() + ").");
        facts.add("Die Berufung hat das Oberverwaltungsgericht für das Land Nordrhein-Westfalen mit Urteil vom "
                + longDate(c.lowerDate()) + " zurückgewiesen (" + c.lowerDocket() + "). Die Tätigkeit sei mit " + f.hours
                + " Wochenstunden und " + euro(f.pay) + " Euro monatlich völlig untergeordnet und unwesentlich.");
        facts.add(join("Mit der vom Oberverwaltungsgericht zugelassenen Revision verfolgt " + cit.nom() + " "
                + cit.sein() + " Begehren weiter.", appealArgument(c)));
        facts.add(join(c.A() + " verteidigt das angefochtene Urteil.",
                chance(c.rnd(), 0.5) ? "Der Vertreter des Bundesinteresses beteiligt sich am Verfahren." : ""));
        List<String> reasons = new ArrayList<>();
        reasons.add(fav
                ? "Die zulässige Revision ist begründet. Das Berufungsurteil verletzt Bundesrecht (§ 137 Abs. 1 Nr. 1 VwGO)."
                + " Das Oberverwaltungsgericht hat die Anforderungen an die Arbeitnehmereigenschaft überspannt."
                : "Die zulässige Revision ist unbegründet. Das Berufungsurteil steht im Einklang mit Bundesrecht (§ 137"
                + " Abs. 1 Nr. 1 VwGO).");
        reasons.add("Maßgeblich für die rechtliche Beurteilung ist die Sach- und Rechtslage im Zeitpunkt der letzten"
                + " mündlichen Verhandlung in der Tatsacheninstanz. Rechtsgrundlage der Verlustfeststellung ist § 5 Abs. 4"
                + " Satz 1 FreizügG/EU.");
        reasons.addAll(LawText.workerConcept(c));
        reasons.addAll(LawText.application(c, fav));
        if (fav) {
            reasons.add("Der Senat kann in der Sache selbst entscheiden (§ 144 Abs. 3 Satz 1 Nr. 1 VwGO), weil die"
                    + " tatsächlichen Feststellungen des Berufungsgerichts hierfür ausreichen.");
        } else {
            reasons.add(LawText.otherRights(c));
            reasons.add("Auch die Ermessensausübung " + c.authority().gen() + " ist nicht zu beanstanden; sie hat die Dauer"
                    + " des Aufenthalts und die persönlichen Bindungen " + cit.gen() + " berücksichtigt.");
        }
        reasons.add("Die Kostenentscheidung beruht auf § 154 Abs. " + (fav ? "1" : "2") + " VwGO.");
        return List.of(new Section("Tatbestand", facts), new Section("Entscheidungsgründe", reasons));
    }
}

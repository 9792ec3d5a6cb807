package de.tenor.demo;

import static de.tenor.demo.Texts.cap;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the Tenor, worded so the outcome rules of docs/DOMAIN.md ("Outcome") give exactly the planned
 * result: who appealed is always named in the genitive, partial results say "im Übrigen", and
 * "other" decisions are Einstellung, Zurückverweisung or Prozesskostenhilfe only.
 */
final class TenorText {

    private TenorText() {
    }

    static List<String> of(CaseContext c) {
        List<String> t = new ArrayList<>();
        switch (c.court().branch) {
            case VG -> vg(c, t);
            case OVG -> ovg(c, t);
            case SG -> sg(c, t);
            case LSG -> lsg(c, t);
            case BSG -> bsg(c, t);
            case BVerwG -> bverwg(c, t);
            case EuGH -> eugh(c, t);
        }
        return t;
    }

    private static void vg(CaseContext c, List<String> t) {
        Random r = c.rnd();
        Role cit = c.citizen();
        Role auth = c.authority();
        String od = "die Ordnungsverfügung " + auth.gen() + " vom " + longDate(c.f().authorityDecision);
        if (c.is(Variant.PKH_GRANTED)) {
            t.add(cap(cit.dat()) + " wird für das Verfahren erster Instanz Prozesskostenhilfe ohne Ratenzahlung bewilligt"
                    + " und " + c.f().lawyer + ", beigeordnet.");
            return;
        }
        if (c.is(Variant.ERLEDIGT) || c.is(Variant.WITHDRAWN)) {
            t.add("Das Verfahren wird eingestellt.");
            if (c.is(Variant.WITHDRAWN)) {
                t.add(c.C() + " trägt die Kosten des Verfahrens.");
            } else if (c.urgent()) {
                t.add("Die Kosten des Verfahrens trägt " + auth.nom() + ".");
            } else {
                t.add("Die Kosten des Verfahrens werden gegeneinander aufgehoben.");
            }
            t.add(streitwert(c, ""));
            return;
        }
        if (c.urgent()) {
            String klage = "der Klage " + c.mainDocket() + " gegen " + od;
            switch (c.result()) {
                case WON -> {
                    if (chance(r, 0.15) && !c.f().lawyer.isEmpty()) {
                        t.add(cap(cit.dat()) + " wird für dieses Verfahren Prozesskostenhilfe unter Beiordnung von "
                                + c.f().lawyer + ", bewilligt.");
                    }
                    t.add(pick(r,
                            "Die aufschiebende Wirkung " + klage
                                    + " wird hinsichtlich der Verlustfeststellung wiederhergestellt und hinsichtlich"
                                    + " der Abschiebungsandrohung angeordnet.",
                            "Die aufschiebende Wirkung " + klage + " wird wiederhergestellt bzw. angeordnet."));
                    t.add(pick(r, "Die Kosten des Verfahrens trägt " + auth.nom() + ".",
                            c.A() + " trägt die Kosten des Verfahrens."));
                }
                case LOST -> {
                    if (chance(r, 0.2)) {
                        t.add("Der Antrag auf Bewilligung von Prozesskostenhilfe wird abgelehnt.");
                    }
                    t.add(pick(r, "Der Antrag wird abgelehnt.",
                            "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt."));
                    t.add(pick(r, c.C() + " trägt die Kosten des Verfahrens.",
                            "Die Kosten des Verfahrens trägt " + cit.nom() + "."));
                }
                case PARTIAL -> {
                    t.add("Die aufschiebende Wirkung " + klage + " wird angeordnet, soweit " + cit.dat()
                            + " darin die Abschiebung nach " + c.f().country() + " angedroht worden ist."
                            + " Im Übrigen wird der Antrag abgelehnt.");
                    t.add(pick(r, "Die Kosten des Verfahrens tragen " + cit.nom() + " zu 3/4 und " + auth.nom()
                            + " zu 1/4.", "Die Kosten des Verfahrens tragen die Beteiligten je zur Hälfte."));
                }
                default -> throw new IllegalStateException("no VG urgent tenor for " + c.result());
            }
            t.add(streitwert(c, ""));
            return;
        }
        switch (c.result()) {
            case WON -> {
                t.add(cap(od) + " wird aufgehoben.");
                t.add(c.A() + " trägt die Kosten des Verfahrens.");
                t.add(enforce(auth, cit));
            }
            case LOST -> {
                t.add("Die Klage wird abgewiesen.");
                t.add(c.C() + " trägt die Kosten des Verfahrens.");
                t.add(enforce(cit, auth));
            }
            case PARTIAL -> {
                t.add(cap(od) + " wird insoweit aufgehoben, als " + cit.dat() + " darin die Abschiebung nach "
                        + c.f().country() + " angedroht wird. Im Übrigen wird die Klage abgewiesen.");
                t.add("Die Kosten des Verfahrens tragen " + cit.nom() + " zu 2/3 und " + auth.nom() + " zu 1/3.");
                t.add("Das Urteil ist wegen der Kosten vorläufig vollstreckbar.");
            }
            default -> throw new IllegalStateException("no VG main tenor for " + c.result());
        }
    }

    private static void ovg(CaseContext c, List<String> t) {
        Role cit = c.citizen();
        Role auth = c.authority();
        String lower = lowerRef(c);
        String od = "die Ordnungsverfügung " + auth.gen() + " vom " + longDate(c.f().authorityDecision);
        if (c.is(Variant.ERLEDIGT)) {
            t.add("Das Beschwerdeverfahren wird eingestellt.");
            t.add("Der Beschluss " + c.lowerCourt().genitive + " vom " + longDate(c.lowerDate()) + " ist wirkungslos.");
            t.add("Die Kosten des Verfahrens beider Rechtszüge werden gegeneinander aufgehoben.");
            t.add(streitwert(c, " auch für das Beschwerdeverfahren"));
            return;
        }
        boolean byAuthority = c.is(Variant.AUTHORITY_APPEAL);
        Role appellant = byAuthority ? auth : cit;
        if (c.urgent()) {
            boolean appellantWins = byAuthority != (c.result() == Plan.Result.WON);
            if (!appellantWins) {
                t.add("Die Beschwerde " + appellant.gen() + " gegen " + lower + " wird zurückgewiesen.");
                t.add(cap(appellant.nom()) + " trägt die Kosten des Beschwerdeverfahrens.");
            } else if (byAuthority) {
                t.add("Auf die Beschwerde " + auth.gen() + " wird " + lowerRef(c, true) + " geändert.");
                t.add("Der Antrag " + cit.gen() + ", die aufschiebende Wirkung der Klage " + c.mainDocket()
                        + " gegen " + od + " wiederherzustellen bzw. anzuordnen, wird abgelehnt.");
                t.add(c.C() + " trägt die Kosten des Verfahrens beider Rechtszüge.");
            } else {
                t.add("Auf die Beschwerde " + cit.gen() + " wird " + lowerRef(c, true) + " geändert.");
                t.add("Die aufschiebende Wirkung der Klage " + c.mainDocket() + " gegen " + od
                        + " wird wiederhergestellt bzw. angeordnet.");
                t.add(c.A() + " trägt die Kosten des Verfahrens beider Rechtszüge.");
            }
            t.add(streitwert(c, " auch für das Beschwerdeverfahren"));
            return;
        }
        if (c.urteil()) {
            t.add("Die Berufung " + appellant.gen() + " gegen " + lower + " wird zurückgewiesen.");
            t.add(cap(appellant.nom()) + " trägt die Kosten des Berufungsverfahrens.");
            t.add("Das Urteil ist wegen der Kosten vorläufig vollstreckbar.");
            t.add("Die Revision wird nicht zugelassen.");
        } else {
            t.add("Der Antrag " + appellant.gen() + " auf Zulassung der Berufung gegen " + lower + " wird abgelehnt.");
            t.add(cap(appellant.nom()) + " trägt die Kosten des Zulassungsverfahrens.");
            t.add(streitwert(c, " auch für das Zulassungsverfahren"));
        }
    }

    private static void sg(CaseContext c, List<String> t) {
        Random r = c.rnd();
        Role cit = c.citizen();
        Role auth = c.authority();
        String from = longDate(c.periodStart());
        String to = longDate(c.periodEnd());
        if (c.is(Variant.PKH_DENIED)) {
            t.add("Der Antrag " + cit.gen() + " auf Bewilligung von Prozesskostenhilfe für das Klageverfahren unter"
                    + " Beiordnung von " + c.f().lawyer + ", wird abgelehnt.");
            return;
        }
        String bescheid = "Der Bescheid " + auth.gen() + " vom " + longDate(c.f().authorityDecision)
                + " in der Gestalt des Widerspruchsbescheides vom " + longDate(c.f().objectionDecision);
        String benefits = "Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II in gesetzlicher Höhe";
        if (c.urgent()) {
            switch (c.result()) {
                case WON -> {
                    t.add(c.A() + " wird im Wege der einstweiligen Anordnung verpflichtet, " + cit.dat()
                            + " vorläufig ab dem " + from + " bis zum " + to + " " + benefits + " zu gewähren.");
                    t.add(c.A() + " hat " + cit.dat() + " die notwendigen außergerichtlichen Kosten zu erstatten.");
                }
                case LOST -> {
                    t.add("Der Antrag auf Erlass einer einstweiligen Anordnung wird abgelehnt.");
                    t.add(pick(r, "Außergerichtliche Kosten sind nicht zu erstatten.",
                            "Kosten sind nicht zu erstatten."));
                    if (chance(r, 0.4)) {
                        t.add("Der Antrag auf Bewilligung von Prozesskostenhilfe wird abgelehnt.");
                    }
                }
                case PARTIAL -> {
                    t.add(c.A() + " wird im Wege der einstweiligen Anordnung verpflichtet, " + cit.dat()
                            + " vorläufig für den Zeitraum vom " + from + " bis zum " + to + " " + benefits
                            + " zu gewähren. Im Übrigen wird der Antrag abgelehnt.");
                    t.add(c.A() + " hat " + cit.dat() + " die Hälfte der notwendigen außergerichtlichen Kosten zu erstatten.");
                }
                default -> throw new IllegalStateException("no SG urgent tenor for " + c.result());
            }
            return;
        }
        switch (c.result()) {
            case WON -> {
                t.add(bescheid + " wird aufgehoben.");
                t.add(c.A() + " wird verurteilt, " + cit.dat() + " ab dem " + from + " bis zum " + to + " " + benefits
                        + " zu gewähren.");
                t.add(c.A() + " trägt die notwendigen außergerichtlichen Kosten " + cit.gen() + ".");
            }
            case LOST -> {
                t.add("Die Klage wird abgewiesen.");
                t.add(pick(r, "Außergerichtliche Kosten haben die Beteiligten einander nicht zu erstatten.",
                        "Kosten sind nicht zu erstatten."));
            }
            case PARTIAL -> {
                t.add(bescheid + " wird insoweit aufgehoben, als " + auth.nom() + " Leistungen für den Zeitraum vom "
                        + from + " bis zum " + to + " abgelehnt hat. " + c.A() + " wird verurteilt, " + cit.dat()
                        + " für diesen Zeitraum " + benefits + " zu gewähren. Im Übrigen wird die Klage abgewiesen.");
                t.add(c.A() + " hat " + cit.dat() + " ein Drittel der notwendigen außergerichtlichen Kosten zu erstatten.");
            }
            default -> throw new IllegalStateException("no SG main tenor for " + c.result());
        }
    }

    private static void lsg(CaseContext c, List<String> t) {
        Role cit = c.citizen();
        Role auth = c.authority();
        String lower = lowerRef(c);
        if (c.is(Variant.REMAND)) {
            t.add("Auf die Berufung " + cit.gen() + " wird " + lowerRef(c, true) + " aufgehoben und der Rechtsstreit zur erneuten"
                    + " Verhandlung und Entscheidung an das " + c.lowerCourt().fullName + " zurückverwiesen.");
            t.add("Die Kostenentscheidung bleibt dem Sozialgericht vorbehalten.");
            t.add("Die Revision wird nicht zugelassen.");
            return;
        }
        if (c.urgent()) {
            if (c.is(Variant.AUTHORITY_APPEAL)) { // planned as won: the Jobcenter's complaint fails
                t.add("Die Beschwerde " + auth.gen() + " gegen " + lower + " wird zurückgewiesen.");
                t.add(c.A() + " hat " + cit.dat() + " auch die notwendigen außergerichtlichen Kosten des"
                        + " Beschwerdeverfahrens zu erstatten.");
            } else { // planned as lost: the citizen's complaint fails
                t.add("Die Beschwerde " + cit.gen() + " gegen " + lower + " wird zurückgewiesen.");
                t.add("Kosten sind auch im Beschwerdeverfahren nicht zu erstatten.");
                t.add("Der Antrag auf Bewilligung von Prozesskostenhilfe für das Beschwerdeverfahren wird abgelehnt.");
            }
            return;
        }
        // planned as partial: the citizen's appeal succeeds for part of the period
        t.add("Auf die Berufung " + cit.gen() + " wird " + lowerRef(c, true) + " geändert. " + c.A() + " wird unter Abänderung des"
                + " Bescheides vom " + longDate(c.f().authorityDecision) + " in der Gestalt des Widerspruchsbescheides vom "
                + longDate(c.f().objectionDecision) + " verurteilt, " + cit.dat() + " für den Zeitraum vom "
                + longDate(c.periodStart()) + " bis zum " + longDate(c.periodEnd())
                + " Leistungen nach dem SGB II in gesetzlicher Höhe zu gewähren. Im Übrigen wird die Berufung zurückgewiesen.");
        t.add(c.A() + " erstattet " + cit.dat() + " die Hälfte der außergerichtlichen Kosten beider Rechtszüge.");
        t.add("Die Revision wird nicht zugelassen.");
    }

    private static void bsg(CaseContext c, List<String> t) {
        if (c.is(Variant.REMAND)) {
            t.add("Auf die Revision " + c.citizen().gen() + " wird " + lowerRef(c, true) + " aufgehoben und die Sache zur"
                    + " erneuten Verhandlung und Entscheidung an das Landessozialgericht zurückverwiesen.");
            return;
        }
        t.add("Die Revision " + c.authority().gen() + " gegen " + lowerRef(c) + " wird zurückgewiesen.");
        t.add(c.A() + " hat " + c.citizen().dat() + " auch die außergerichtlichen Kosten des Revisionsverfahrens zu erstatten.");
    }

    private static void bverwg(CaseContext c, List<String> t) {
        Role cit = c.citizen();
        if (c.result() == Plan.Result.LOST) {
            t.add("Die Revision " + cit.gen() + " gegen " + lowerRef(c) + " wird zurückgewiesen.");
            t.add(c.C() + " trägt die Kosten des Revisionsverfahrens.");
            return;
        }
        t.add("Auf die Revision " + cit.gen() + " werden das Urteil " + c.lowerCourt().genitive + " vom "
                + longDate(c.lowerDate()) + " und das Urteil " + c.firstCourt().genitive + " vom " + longDate(c.firstDate())
                + " geändert. Der Bescheid " + c.authority().gen() + " vom " + longDate(c.f().authorityDecision)
                + " wird aufgehoben.");
        t.add(c.A() + " trägt die Kosten des Verfahrens in allen Rechtszügen.");
    }

    private static void eugh(CaseContext c, List<String> t) {
        t.add("Aus diesen Gründen hat der Gerichtshof (" + c.court().panelName(c.panel()) + ") für Recht erkannt:");
        t.add("Art. 45 AEUV und Art. 7 Abs. 1 Buchst. a der Richtlinie 2004/38/EG sind dahin auszulegen, dass eine"
                + " Person, die im Rahmen eines Arbeitsverhältnisses eine Tätigkeit im Umfang von wenigen Wochenstunden"
                + " gegen ein Entgelt unterhalb der Grenze für geringfügige Beschäftigungen ausübt, als Arbeitnehmer"
                + " anzusehen sein kann. Es ist Sache des vorlegenden Gerichts, im Rahmen einer Gesamtbetrachtung"
                + " sämtlicher Umstände zu prüfen, ob es sich um eine tatsächliche und echte Tätigkeit handelt, die nicht"
                + " völlig untergeordnet und unwesentlich ist; dabei ist es unerheblich, dass das Entgelt den"
                + " Lebensunterhalt nicht deckt.");
    }

    /** "den Beschluss des Verwaltungsgerichts Gelsenkirchen vom 13. Mai 2024". */
    static String lowerRef(CaseContext c) {
        return lowerRef(c, false);
    }

    /** As {@link #lowerRef(CaseContext)}, in the nominative when the decision is the subject ("wird … geändert"). */
    static String lowerRef(CaseContext c, boolean nominative) {
        String article = nominative ? "der " : "den ";
        String noun = switch (c.lowerType()) {
            case "Beschluss" -> article + "Beschluss ";
            case "Gerichtsbescheid" -> article + "Gerichtsbescheid ";
            default -> "das Urteil ";
        };
        return noun + c.lowerCourt().genitive + " vom " + longDate(c.lowerDate());
    }

    private static String streitwert(CaseContext c, String scope) {
        String amount = c.urgent() ? "2.500,00" : "5.000,00";
        return "Der Streitwert wird" + scope + " auf " + amount + " Euro festgesetzt.";
    }

    private static String enforce(Role debtor, Role creditor) {
        return "Das Urteil ist wegen der Kosten vorläufig vollstreckbar. " + cap(debtor.nom())
                + " darf die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils"
                + " vollstreckbaren Betrages abwenden, wenn nicht " + creditor.nom()
                + " vor der Vollstreckung Sicherheit in Höhe von 110 % des jeweils zu vollstreckenden Betrages leistet.";
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.cap;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.decimal;
import static de.tenor.demo.Texts.euro;
import static de.tenor.demo.Texts.join;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Facts.Doubt;
import de.tenor.demo.Facts.Ground;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The legal core shared by all courts: the EU worker concept (Lawrie-Blum, Levin, Genc, Kempf), its
 * application to the invented job, and the other residence rights. Each paragraph combines several
 * sentence variants so no two rulings read the same.
 */
final class LawText {

    private LawText() {
    }

    /** Three to five paragraphs on the worker concept, citing only judgments older than the decision. */
    static List<String> workerConcept(CaseContext c) {
        Random r = c.rnd();
        LocalDate d = c.date();
        List<String> out = new ArrayList<>();
        out.add(pick(r,
                "Der Begriff des Arbeitnehmers in § 2 Abs. 2 Nr. 1 FreizügG/EU ist unionsrechtlich im Sinne des Art. 45"
                        + " AEUV auszulegen. Das wesentliche Merkmal eines Arbeitsverhältnisses besteht darin, dass jemand"
                        + " während einer bestimmten Zeit für einen anderen nach dessen Weisung Leistungen erbringt, für"
                        + " die er als Gegenleistung eine Vergütung erhält (" + Law.lawrieBlum() + ").",
                "Arbeitnehmer im Sinne des Unionsrechts ist, wer für eine bestimmte Zeit Leistungen für einen anderen"
                        + " nach dessen Weisung erbringt und dafür eine Vergütung erhält (" + Law.lawrieBlum() + "). Der"
                        + " Begriff ist als Grundlage einer Grundfreiheit weit auszulegen.",
                "Nach der ständigen Rechtsprechung des Gerichtshofs der Europäischen Union ist der Arbeitnehmerbegriff"
                        + " autonom und nach objektiven Kriterien zu bestimmen; kennzeichnend sind Weisungsgebundenheit,"
                        + " Leistung und Vergütung (" + Law.lawrieBlum() + ")."));
        String kempf = chance(r, 0.6) ? pick(r,
                "Weder die begrenzte Höhe der Vergütung noch der Umstand, dass ergänzend Sozialleistungen in Anspruch"
                        + " genommen werden, steht der Arbeitnehmereigenschaft entgegen (" + Law.kempf() + ").",
                "Dass das Einkommen den Lebensunterhalt nicht deckt und aufstockend Leistungen bezogen werden, ist"
                        + " für sich genommen unerheblich (" + Law.kempf() + ").") : "";
        String levin = join(pick(r,
                "Erforderlich ist die Ausübung einer tatsächlichen und echten Tätigkeit, wobei Tätigkeiten außer"
                        + " Betracht bleiben, die einen so geringen Umfang haben, dass sie sich als völlig untergeordnet"
                        + " und unwesentlich darstellen (" + Law.levin() + ").",
                "Die Arbeitnehmereigenschaft setzt eine tatsächliche und echte Tätigkeit voraus; nur Tätigkeiten, die"
                        + " völlig untergeordnet und unwesentlich sind, scheiden aus (" + Law.levin() + "; " + Law.genc()
                        + ")."), kempf);
        // half of the courts state the definition and the Levin test in one paragraph
        if (chance(r, 0.5)) {
            out.set(0, join(out.get(0), levin));
        } else {
            out.add(levin);
        }
        String bverwg = Law.bverwgOverall(d);
        out.add(join(pick(r,
                "Ob eine Tätigkeit völlig untergeordnet und unwesentlich ist, ist im Rahmen einer Gesamtbetrachtung"
                        + " aller Umstände des Einzelfalls zu beurteilen. Zu berücksichtigen sind insbesondere die"
                        + " Arbeitszeit, die Höhe der Vergütung, die Dauer des Arbeitsverhältnisses, ein Anspruch auf"
                        + " bezahlten Urlaub, die Fortzahlung des Entgelts im Krankheitsfall und die Anwendung eines"
                        + " Tarifvertrages (" + Law.genc() + ").",
                "Maßgeblich ist eine Gesamtbetrachtung. Der Gerichtshof hat in der Rechtssache Genc eine Tätigkeit von"
                        + " 5,5 Wochenstunden gegen ein monatliches Entgelt von etwa 175 Euro nicht von vornherein als"
                        + " völlig untergeordnet angesehen, sondern dem nationalen Gericht eine umfassende Würdigung"
                        + " aufgegeben (" + Law.genc() + ")."),
                bverwg.isEmpty() || chance(r, 0.4) ? "" : "Dem folgt die nationale Rechtsprechung (vgl. " + bverwg + ")."));
        String bsg = Law.bsgHagen(d);
        out.add(join(pick(r,
                "Eine feste Mindeststundenzahl oder Einkommensgrenze kennt das Unionsrecht nicht. Auch eine geringfügige"
                        + " Beschäftigung im Sinne des § 8 Abs. 1 Nr. 1 SGB IV (Minijob) kann daher die"
                        + " Arbeitnehmereigenschaft begründen; umgekehrt genügt nicht jede angemeldete Beschäftigung.",
                "Die sozialversicherungsrechtliche Einordnung als Minijob ist für sich genommen weder ein Indiz für noch"
                        + " gegen die Arbeitnehmereigenschaft. Entscheidend ist, ob die Tätigkeit nach Umfang, Dauer und"
                        + " Vergütung mehr als völlig untergeordnet ist."),
                bsg.isEmpty() || chance(r, 0.3) ? "" : "So hat das Bundessozialgericht eine Tätigkeit im Umfang von"
                        + " zehn Stunden im Monat gegen ein Entgelt von 100 Euro als völlig untergeordnet und unwesentlich"
                        + " angesehen (" + bsg + ")."));
        String objective = Law.bsgObjective(d);
        if (c.social() && !objective.isEmpty()) {
            out.add("Abzustellen ist auf objektive Umstände; die Beweggründe, aus denen eine Beschäftigung aufgenommen"
                    + " wurde, sind grundsätzlich unerheblich (" + objective + ").");
        }
        return out;
    }

    /** The court's assessment of this job: affirms or denies worker status, or rests on other grounds. */
    static List<String> application(CaseContext c, boolean favourable) {
        return favourable ? favourable(c) : unfavourable(c);
    }

    private static List<String> favourable(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        String er = cap(cit.er());
        String summary = c.urgent() ? pick(r, "bei summarischer Prüfung", "nach derzeitigem Erkenntnisstand")
                : pick(r, "nach dem Ergebnis des Verfahrens", "zur Überzeugung des Gerichts");
        List<String> out = new ArrayList<>();
        if (f.grounds.contains(Ground.CHILDREN_IN_SCHOOL)) {
            String precedent = Law.krefeld(c.date()).isEmpty()
                    ? "EuGH, Urteil vom 23. Februar 2010 – C-480/08 (Teixeira) –" : Law.krefeld(c.date());
            out.add(join("Ob die Tätigkeit " + cit.gen() + " als " + f.jobTitle() + " mit " + f.hours
                            + " Stunden wöchentlich für sich genommen die Arbeitnehmereigenschaft begründet, kann offenbleiben.",
                    "Jedenfalls steht " + cit.dat() + " ein Aufenthaltsrecht aus Art. 10 der Verordnung (EU) Nr. 492/2011"
                            + " zu. " + cap(cit.sein()) + "e Kinder besuchen in " + f.place() + " die Schule; " + cit.er()
                            + " war während ihres Aufenthalts im Bundesgebiet als " + c.worker() + " beschäftigt.",
                    "Das Aufenthaltsrecht des Elternteils, der die elterliche Sorge tatsächlich wahrnimmt, folgt aus dem"
                            + " Recht der Kinder auf Zugang zur Ausbildung (" + precedent + ")."));
            String art10 = Law.bverwgArt10(c.date());
            out.add(c.social()
                    ? "Ein auf Art. 10 der Verordnung (EU) Nr. 492/2011 gestütztes Aufenthaltsrecht führt nicht zum"
                    + " Leistungsausschluss; der Ausschluss ist insoweit unionsrechtswidrig."
                    : "Ein solches Aufenthaltsrecht steht einer Verlustfeststellung entgegen"
                    + (art10.isEmpty() ? "." : " (" + art10 + ")."));
        } else {
            out.add(join("Gemessen daran ist " + cit.nom() + " " + summary + " als " + c.worker() + " anzusehen.",
                    er + " ist seit dem " + longDate(f.jobStart) + " und damit seit " + f.monthsPhrase()
                            + " ununterbrochen als " + f.jobTitle() + " tätig.",
                    pick(r, "Eine Arbeitszeit von " + f.hours + " Stunden wöchentlich bei einem Entgelt von " + euro(f.pay)
                                    + " Euro monatlich ist nicht so gering, dass die Tätigkeit als völlig untergeordnet und"
                                    + " unwesentlich erschiene.",
                            "Mit " + f.hours + " Wochenstunden und " + euro(f.pay) + " Euro im Monat erreicht die"
                                    + " Beschäftigung einen Umfang, der deutlich über dem liegt, was der Gerichtshof in der"
                                    + " Rechtssache Genc für möglich gehalten hat.")));
            out.add(join(pick(r,
                            "Für eine tatsächliche und echte Tätigkeit sprechen zudem der schriftliche Arbeitsvertrag, die"
                                    + " regelmäßige Zahlung des Lohns auf ein Konto und der Anspruch auf bezahlten Urlaub und"
                                    + " Entgeltfortzahlung im Krankheitsfall.",
                            "Die vorgelegten Lohnabrechnungen und Kontoauszüge belegen, dass das Arbeitsverhältnis wie"
                                    + " vereinbart durchgeführt wird; der Arbeitgeber hat die Beschäftigung zudem schriftlich"
                                    + " bestätigt."),
                    "Der Stundenlohn von " + decimal(f.hourlyWage()) + " Euro entspricht dem gesetzlichen Mindestlohn"
                            + " oder liegt darüber.",
                    pick(r, "Anhaltspunkte für ein Scheinarbeitsverhältnis oder einen Rechtsmissbrauch sind weder"
                            + " vorgetragen noch ersichtlich.", "Für ein bloßes Gefälligkeitsverhältnis ist nichts ersichtlich.")));
            if (chance(r, 0.6) || (f.plan.city().equals("Gelsenkirchen") && !c.social())) {
                out.add("Soweit " + c.authority().nom() + " darauf abstellt, die Beschäftigung müsse einen wesentlichen"
                        + " Teil des Lebensunterhalts sichern, findet dieses Kriterium im Unionsrecht keine Stütze. Die"
                        + " ergänzende Inanspruchnahme von " + Law.benefit(f.authorityDecision)
                        + " ist für die Arbeitnehmereigenschaft unerheblich.");
            }
        }
        if (f.grounds.contains(Ground.DISCRETION)) {
            out.add("Unabhängig davon ist die Verlustfeststellung ermessensfehlerhaft. § 5 Abs. 4 Satz 1 FreizügG/EU"
                    + " räumt der Ausländerbehörde Ermessen ein. Der Verfügung lässt sich nicht entnehmen, dass "
                    + c.authority().nom() + " dieses Ermessen erkannt und ausgeübt hat; insbesondere fehlt jede"
                    + " Auseinandersetzung mit der Aufenthaltsdauer und den familiären Bindungen " + cit.gen()
                    + " (§ 114 Satz 1 VwGO).");
        }
        return out;
    }

    private static List<String> unfavourable(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        String er = cap(cit.er());
        String summary = c.urgent() ? pick(r, "bei summarischer Prüfung", "nach der im Eilverfahren gebotenen Prüfung")
                : pick(r, "nach dem Ergebnis des Verfahrens", "zur Überzeugung des Gerichts");
        List<String> out = new ArrayList<>();
        out.add(join("Gemessen daran ist " + cit.nom() + " " + summary + " nicht als " + c.worker() + " anzusehen.",
                pick(r, "Die Tätigkeit als " + f.jobTitle() + " stellt sich bei der gebotenen Gesamtbetrachtung als völlig"
                                + " untergeordnet und unwesentlich dar.",
                        "Die Beschäftigung als " + f.jobTitle() + " ist bei einer Gesamtbetrachtung aller Umstände keine"
                                + " tatsächliche und echte Tätigkeit.")));
        int rate = Law.standardRate(f.authorityDecision);
        for (Doubt d : f.doubts) {
            switch (d) {
                case SMALL_SCOPE -> out.add(join("Mit " + f.hours + " Wochenstunden und einem Entgelt von " + euro(f.pay)
                                + " Euro monatlich hat die Beschäftigung einen nur sehr geringen Umfang.",
                        "Das Einkommen erreicht nur etwa " + Math.round(100.0 * f.pay / rate) + " Prozent des Regelbedarfs"
                                + " von " + euro(rate) + " Euro.",
                        pick(r, "Anhaltspunkte für eine Ausweitung der Tätigkeit bestehen nicht.",
                                "Eine Ausweitung der Arbeitszeit hat der Arbeitgeber nicht in Aussicht gestellt.")));
                case LATE_START -> out.add("Hinzu kommt, dass das Beschäftigungsverhältnis erst nach Zugang des"
                        + " Anhörungsschreibens vom " + longDate(f.hearing) + " begründet wurde. Der zeitliche"
                        + " Zusammenhang legt nahe, dass es vorrangig der Abwendung aufenthaltsbeendender Maßnahmen dient."
                        + " Objektive Umstände, die auf eine dauerhafte Eingliederung in den Betrieb schließen ließen,"
                        + " sind nicht ersichtlich.");
                case IRREGULAR_PAY -> out.add("Zweifel an einer tatsächlichen und echten Tätigkeit ergeben sich zudem"
                        + " daraus, dass das Entgelt in bar gezahlt und nur durch Quittungen belegt ist, die mit den"
                        + " Lohnabrechnungen nicht übereinstimmen. Der rechnerische Stundenlohn von "
                        + decimal(f.hourlyWage()) + " Euro liegt unter dem gesetzlichen Mindestlohn von "
                        + decimal(Law.minimumWage(f.authorityDecision)) + " Euro.");
                case RELATIVE -> out.add("Gegen ein echtes Arbeitsverhältnis spricht ferner, dass der Geschäftsführer der Arbeitgeberin"
                        + " ein Verwandter " + cit.gen() + " ist und weder Arbeitszeitnachweise noch Weisungen des"
                        + " Arbeitgebers belegt sind.");
                case ENDED -> out.add("Im Übrigen besteht das Beschäftigungsverhältnis seit dem "
                        + longDate(f.jobEnd.plusDays(1)) + " nicht mehr. Eine fortwirkende Arbeitnehmereigenschaft nach"
                        + " § 2 Abs. 3 FreizügG/EU scheidet aus, weil schon während der Beschäftigung kein"
                        + " Arbeitnehmerstatus bestand und " + cit.er() + " sich zudem nicht arbeitsuchend gemeldet hat.");
            }
        }
        if (!f.doubts.contains(Doubt.SMALL_SCOPE)) {
            out.add(er + " arbeitet " + f.hours + " Stunden wöchentlich für " + euro(f.pay) + " Euro im Monat; auch"
                    + " dieser Umfang vermag die aufgezeigten Zweifel nicht auszuräumen.");
        }
        return out;
    }

    /** Why no other right of free movement helps (administrative) or why the exclusion applies (social). */
    static String otherRights(CaseContext c) {
        Random r = c.rnd();
        Role cit = c.citizen();
        String er = cit.er();
        if (c.social()) {
            String cases = String.join("; ", nonEmpty(Law.dano(), Law.alimanovic(c.date()), Law.garciaNieto(c.date())));
            return join("Ein anderes materielles Aufenthaltsrecht besteht nicht.",
                    "Ein Aufenthaltsrecht allein zur Arbeitsuche führt gerade zum Leistungsausschluss; als nicht"
                            + " erwerbstätige" + (c.f().female ? " " : "r ") + c.unionCitizen()
                            + " fehlen " + cit.dat() + " ausreichende Existenzmittel (§ 4 FreizügG/EU).",
                    "Der Ausschluss ist mit Unionsrecht vereinbar (" + cases + ").");
        }
        return join(pick(r, "Ein Freizügigkeitsrecht aus einem anderen Grund ist nicht ersichtlich.",
                        "Auch aus anderen Gründen ist " + cit.nom() + " nicht freizügigkeitsberechtigt."),
                "Als Arbeitsuchende" + (c.f().female ? "" : "r") + " (§ 2 Abs. 2 Nr. 1a FreizügG/EU) ist " + er
                        + " nach mehr als sechs Monaten nur berechtigt, wenn " + er + " weiterhin Arbeit sucht und"
                        + " begründete Aussicht hat, eingestellt zu werden; dafür ist nichts vorgetragen.",
                "Als nicht erwerbstätige" + (c.f().female ? " " : "r ") + c.unionCitizen() + " (§ 4 FreizügG/EU) fehlt es "
                        + cit.dat() + " an ausreichenden Existenzmitteln.",
                "Ein Daueraufenthaltsrecht (§ 4a FreizügG/EU) hat " + er + " mangels fünfjährigen rechtmäßigen"
                        + " Aufenthalts nicht erworben.");
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.between;
import static de.tenor.demo.Texts.cap;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.decimal;
import static de.tenor.demo.Texts.euro;
import static de.tenor.demo.Texts.join;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.monthYear;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Facts.Doubt;
import de.tenor.demo.Facts.Ground;
import de.tenor.demo.Plan.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes the facts part of a ruling (Tatbestand, or "I." of a Beschluss): person, job, proceedings. */
final class FactText {

    private FactText() {
    }

    /** The person, the job and the benefits: the same for administrative and social courts. */
    static List<String> personAndJob(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        String er = cap(cit.er());
        List<String> out = new ArrayList<>();

        String family = "";
        if (f.children > 0) {
            String partner = f.female ? "ihrem Ehemann" : "seiner Ehefrau";
            String kids = f.children == 1 ? "einem minderjährigen Kind" : (f.children == 2 ? "zwei" : "drei") + " minderjährigen Kindern";
            String school = f.grounds.contains(Ground.CHILDREN_IN_SCHOOL) || chance(r, 0.5)
                    ? (f.children == 1 ? ", das in " + f.place() + " eine Grundschule besucht"
                    : ", die in " + f.place() + " die Grundschule bzw. eine weiterführende Schule besuchen")
                    : "";
            family = er + " lebt mit " + pick(r, partner + " und ", "") + kids + school + " zusammen.";
        }
        out.add(pick(r,
                join(c.C() + " ist " + c.nationalityNoun() + ".",
                        er + " reiste nach eigenen Angaben im " + monthYear(f.entry) + " in das Bundesgebiet ein und ist seit"
                                + " dem " + longDate(f.entry.plusDays(between(r, 3, 40))) + " mit alleinigem Wohnsitz in "
                                + f.place() + " gemeldet.", family),
                join(cap(c.citizen().nom()) + ", geboren " + f.birthYear + ", ist " + c.nationalityNoun() + " und damit "
                        + c.unionCitizen() + ".", "Seit " + monthYear(f.entry) + " hält " + cit.er()
                        + " sich in " + f.place() + " auf.", family),
                join((f.female ? "Die" : "Der") + " im Jahr " + f.birthYear + " geborene " + cit.noun() + " stammt aus "
                        + f.country() + ".", er + " ist im " + monthYear(f.entry) + " nach Deutschland gekommen und"
                        + " wohnt seitdem in " + f.place() + (f.place().endsWith(".") ? "" : "."), family)));

        String scope = f.hours + " Stunden wöchentlich";
        String money = "monatlich " + euro(f.pay) + " Euro";
        String kind = f.minijob() ? "geringfügig beschäftigt (Minijob)" : "in Teilzeit sozialversicherungspflichtig beschäftigt";
        String job = pick(r,
                join("Seit dem " + longDate(f.jobStart) + " ist " + cit.er() + " als " + f.jobTitle() + " " + f.job.workplace()
                        + " bei " + f.employer + " " + kind + ".",
                        "Nach dem vorgelegten Arbeitsvertrag beträgt die regelmäßige Arbeitszeit " + scope
                                + "; vereinbart ist ein Entgelt von " + money + "."),
                join(er + " ist seit dem " + longDate(f.jobStart) + " als " + f.jobTitle() + " " + kind + ", "
                        + scope + ", " + money + ".", "Arbeitgeberin ist " + f.employer.replaceFirst("^der ", "die ") + "."),
                join("Ausweislich des Arbeitsvertrages ist " + cit.nom() + " seit dem " + longDate(f.jobStart) + " bei "
                        + f.employer + " als " + f.jobTitle() + " angestellt.", "Die wöchentliche Arbeitszeit beträgt "
                        + f.hours + " Stunden bei einem Stundenlohn von " + decimal(f.hourlyWage())
                        + " Euro; daraus ergibt sich ein monatliches Entgelt von " + euro(f.pay) + " Euro.",
                        f.minijob() ? "Die Beschäftigung ist als Minijob bei der Minijob-Zentrale gemeldet." : ""));
        List<String> extra = new ArrayList<>();
        extra.add(f.cash ? "Das Entgelt wurde nach den vorgelegten Quittungen in bar ausgezahlt."
                : pick(r, "Der Lohn wird monatlich auf ein Girokonto " + cit.gen() + " überwiesen.",
                "Lohnabrechnungen und Kontoauszüge für die letzten Monate liegen vor."));
        if (f.doubts.contains(Doubt.RELATIVE)) {
            extra.add("Geschäftsführer der Arbeitgeberin ist ein " + pick(r, "Cousin", "Schwager", "Onkel") + " "
                    + cit.gen() + ".");
        }
        if (f.doubts.contains(Doubt.LATE_START)) {
            extra.add("Das Arbeitsverhältnis wurde erst nach Zugang des Anhörungsschreibens vom " + longDate(f.hearing)
                    + " begründet.");
        }
        if (f.jobEnd != null) {
            boolean past = f.jobEnd.isBefore(c.date());
            extra.add(pick(r, "Das Beschäftigungsverhältnis " + (past ? "endete" : "endet") + " zum " + longDate(f.jobEnd)
                    + " durch Kündigung des Arbeitgebers.", "Der Arbeitgeber kündigte das Arbeitsverhältnis zum "
                    + longDate(f.jobEnd) + "."));
        }
        out.add(join(job, String.join(" ", extra)));

        String jc = f.plan.anonymised() ? "vom örtlichen Jobcenter" : "vom Jobcenter " + f.place();
        if (!c.social()) {
            int last = out.size() - 1;
            out.set(last, join(out.get(last), pick(r,
                    "Ergänzend bezieht " + cit.nom() + " " + jc + " Leistungen nach dem SGB II ("
                            + Law.benefit(f.authorityDecision) + "); " + cit.er() + " ist sogenannte"
                            + (f.female ? " Aufstockerin." : "r Aufstocker."),
                    "Daneben erhält " + cit.nom() + " " + jc + " aufstockend " + Law.benefit(f.authorityDecision) + ".",
                    "Zur Sicherung des Lebensunterhalts ist " + cit.nom() + " auf ergänzende Leistungen der"
                            + " Grundsicherung für Arbeitsuchende angewiesen, die "
                            + (f.plan.anonymised() ? "das örtliche Jobcenter" : "das Jobcenter " + f.place())
                            + " bewilligt hat.")));
        }
        return out;
    }

    /** Hearing, Verlustfeststellung, action and the parties' motions before an administrative court. */
    static List<String> administrative(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();
        List<String> out = new ArrayList<>();
        String ausländerbehörde = f.plan.anonymised() ? "Ausländerbehörde " + auth.gen()
                : "Ausländerbehörde " + auth.gen() + " (Stadt " + f.place() + ")";
        // an excerpt has no Rubrum, so it must name the authority here
        boolean named = f.plan.variant() == Plan.Variant.EXCERPT;
        String first = join("Mit Schreiben vom " + longDate(f.hearing) + " hörte " + auth.nom() + " " + cit.akk()
                        + " zu der beabsichtigten Feststellung des Verlusts des Rechts auf Einreise und Aufenthalt an.",
                        f.doubts.contains(Doubt.LATE_START) ? "Wenige Tage später legte " + cit.nom()
                                + " einen Arbeitsvertrag vor." : pick(r, cap(cit.er()) + " legte daraufhin den"
                                + " Arbeitsvertrag und Lohnabrechnungen vor.", cap(cit.er()) + " äußerte sich hierzu nicht."));
        String second = join("Im Rahmen einer Überprüfung der Freizügigkeitsberechtigung forderte die " + ausländerbehörde + " "
                        + cit.akk() + " auf, Nachweise über " + cit.sein() + "e Erwerbstätigkeit vorzulegen.",
                        "Zugleich wurde " + cit.nom() + " mit Schreiben vom " + longDate(f.hearing)
                                + " zu einer Verlustfeststellung angehört.");
        out.add(named ? second : pick(r, first, second));

        out.add(order(c));
        out.add(orderReason(c));

        String klage = c.urgent() ? "Am " + longDate(f.actionFiled) + " hat " + cit.nom() + " Klage erhoben ("
                + c.mainDocket() + "), über die noch nicht entschieden ist, und zugleich um vorläufigen Rechtsschutz"
                + " nachgesucht."
                : "Am " + longDate(f.actionFiled) + " hat " + cit.nom() + " Klage erhoben.";
        out.add(join(klage, citizenArgument(c)));

        if (c.urgent()) {
            out.add(join(c.C() + " beantragt" + pick(r, "", " sinngemäß") + ",",
                    "die aufschiebende Wirkung " + cit.sein() + "er Klage " + c.mainDocket() + " gegen die Ordnungsverfügung "
                            + auth.gen() + " vom " + longDate(f.authorityDecision) + " hinsichtlich der"
                            + " Verlustfeststellung wiederherzustellen und hinsichtlich der Abschiebungsandrohung anzuordnen."));
            out.add(join(c.A() + " beantragt,", "den Antrag abzulehnen.", authorityArgument(c)));
        } else {
            out.add(join(c.C() + " beantragt,", "die Ordnungsverfügung " + auth.gen() + " vom "
                    + longDate(f.authorityDecision) + " aufzuheben."));
            out.add(join(c.A() + " beantragt,", "die Klage abzuweisen.", authorityArgument(c)));
        }
        if (chance(r, 0.4)) {
            out.add("Wegen der weiteren Einzelheiten des Sach- und Streitstandes wird auf den Inhalt der Gerichtsakte"
                    + (c.urgent() ? pick(r, "", " sowie des Verfahrens " + c.mainDocket()) : "") + " und der beigezogenen Verwaltungsvorgänge "
                    + auth.gen() + " Bezug genommen.");
        }
        return out;
    }

    /** The Ordnungsverfügung: Verlustfeststellung, exit order, threat of deportation, maybe immediate enforcement. */
    static String order(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();
        String frist = c.result() == Result.PARTIAL ? "binnen zehn Tagen nach Zustellung" : pick(r,
                "innerhalb eines Monats nach Bekanntgabe", "innerhalb eines Monats nach Zustellung dieser Verfügung");
        String immediate = c.urgent()
                ? " Zugleich ordnete " + auth.er() + " die sofortige Vollziehung der Verlustfeststellung an." : "";
        return "Mit Ordnungsverfügung vom " + longDate(f.authorityDecision) + " stellte " + auth.nom() + " fest, dass "
                + cit.nom() + " " + cit.sein() + " Recht auf Einreise und Aufenthalt in der Bundesrepublik Deutschland"
                + " verloren habe (Verlustfeststellung nach § 5 Abs. 4 FreizügG/EU), forderte " + cit.ihn()
                + " auf, das Bundesgebiet " + frist + " zu verlassen, und drohte " + cit.ihm()
                + " für den Fall der nicht fristgerechten Ausreise die Abschiebung nach " + f.country() + " an."
                + immediate;
    }

    /** The authority's reasons for the Verlustfeststellung, as the ruling reports them. */
    static String orderReason(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();

        String strict = f.plan.city().equals("Gelsenkirchen") && !f.plan.anonymised()
                ? " Nach ihrer Verwaltungspraxis müsse eine Beschäftigung einen wesentlichen Teil des Lebensunterhalts"
                + " sichern; das sei hier nicht der Fall."
                : "";
        return pick(r,
                "Zur Begründung führte " + auth.er() + " aus, die Tätigkeit " + cit.gen() + " als " + f.jobTitle()
                        + " sei wegen ihres geringen Umfangs völlig untergeordnet und unwesentlich." + strict,
                "Die Beschäftigung im Umfang von " + f.hours + " Wochenstunden begründe keine Arbeitnehmereigenschaft,"
                        + " da sie nur einen geringen Teil des Bedarfs decke." + strict
                        + " Ein anderes Freizügigkeitsrecht bestehe nicht.",
                "Die Verfügung stützte " + auth.er() + " darauf, dass " + cit.nom() + " keine tatsächliche und echte"
                        + " Tätigkeit ausübe; das erzielte Einkommen von " + euro(f.pay) + " Euro reiche bei weitem nicht"
                        + " aus, um den Lebensunterhalt zu sichern." + strict);
    }

    /** Benefit history, refusal, objection and court motions before a social court. */
    static List<String> social(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        Role auth = c.authority();
        List<String> out = new ArrayList<>();
        String benefit = Law.benefit(f.authorityDecision);
        int rate = Law.standardRate(f.authorityDecision);
        int rent = between(r, 28, 62) * 10;
        out.add(pick(r,
                join(c.C() + " bezog von " + auth.dat() + " zuletzt ergänzend " + benefit + ".",
                        "Für die Unterkunft fallen monatlich " + euro(rent) + " Euro an (Bruttowarmmiete)."),
                join("Bis " + monthYear(f.authorityDecision.minusMonths(1)) + " bewilligte " + auth.nom() + " "
                        + cit.dat() + " aufstockend Leistungen nach dem SGB II.", "Der Regelbedarf belief sich auf "
                        + euro(rate) + " Euro, die Kosten der Unterkunft auf " + euro(rent) + " Euro monatlich.")));
        out.add(join("Mit Bescheid vom " + longDate(f.authorityDecision) + " lehnte " + auth.nom() + " den"
                        + pick(r, " Weiterbewilligungsantrag", " Antrag") + " " + cit.gen() + " für die Zeit ab dem "
                        + longDate(f.authorityDecision.plusMonths(1).withDayOfMonth(1)) + " ab.",
                pick(r, cap(cit.er()) + " sei als " + c.unionCitizen() + " ohne materielles Aufenthaltsrecht bzw. mit einem"
                                + " Aufenthaltsrecht allein zur Arbeitsuche nach " + Law.exclusionNorm(f.authorityDecision)
                                + " von Leistungen ausgeschlossen.",
                        "Die Tätigkeit als " + f.jobTitle() + " im Umfang von " + f.hours + " Stunden wöchentlich sei"
                                + " völlig untergeordnet und unwesentlich und vermittle keinen Arbeitnehmerstatus; es"
                                + " greife der Leistungsausschluss nach " + Law.exclusionNorm(f.authorityDecision) + ".")));
        out.add(pick(r, "Den hiergegen erhobenen Widerspruch wies " + auth.nom() + " mit Widerspruchsbescheid vom "
                        + longDate(f.objectionDecision) + " als unbegründet zurück.",
                "Der Widerspruch blieb erfolglos (Widerspruchsbescheid vom " + longDate(f.objectionDecision) + ")."));
        String court = c.firstCourt().fullName;
        out.add(join(c.urgent()
                        ? "Am " + longDate(f.actionFiled) + " hat " + cit.nom() + " beim " + court
                        + " den Erlass einer einstweiligen Anordnung beantragt."
                        : "Am " + longDate(f.actionFiled) + " hat " + cit.nom() + " Klage beim " + court + " erhoben.",
                citizenArgument(c)));
        if (c.urgent()) {
            out.add(join(c.C() + " beantragt" + pick(r, "", " sinngemäß") + ",", "den Antragsgegner im Wege der"
                    + " einstweiligen Anordnung zu verpflichten, " + cit.ihm() + " vorläufig Leistungen nach dem SGB II in"
                    + " gesetzlicher Höhe zu gewähren."));
            out.add(join(c.A() + " beantragt,", "den Antrag abzulehnen.", authorityArgument(c)));
        } else {
            out.add(join(c.C() + " beantragt,", "den Bescheid vom " + longDate(f.authorityDecision) + " in der Gestalt des"
                    + " Widerspruchsbescheides vom " + longDate(f.objectionDecision) + " aufzuheben und den Beklagten zu"
                    + " verurteilen, " + cit.ihm() + " ab dem " + longDate(c.periodStart())
                    + " Leistungen nach dem SGB II in gesetzlicher Höhe zu gewähren."));
            out.add(join(c.A() + " beantragt,", "die Klage abzuweisen.", authorityArgument(c)));
        }
        if (chance(r, 0.4)) {
            out.add("Wegen der weiteren Einzelheiten wird auf die Gerichtsakte und die Verwaltungsakte " + auth.gen()
                    + " verwiesen, die Gegenstand der Entscheidungsfindung gewesen sind.");
        }
        return out;
    }

    private static String citizenArgument(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role cit = c.citizen();
        String er = cap(cit.er());
        List<String> options = new ArrayList<>(List.of(
                er + " trägt vor, " + cit.er() + " arbeite seit " + f.monthsPhrase() + " regelmäßig und"
                        + " beanstandungsfrei. Die Tätigkeit sei tatsächlich und echt; auf die Höhe des Einkommens komme"
                        + " es nach der Rechtsprechung des Gerichtshofs der Europäischen Union nicht an.",
                "Zur Begründung macht " + cit.nom() + " geltend, " + cit.er() + " sei " + c.worker() + " im Sinne des"
                        + " § 2 Abs. 2 Nr. 1 FreizügG/EU. Eine feste Mindeststundenzahl gebe es nicht; auch ein Minijob"
                        + " könne die Arbeitnehmereigenschaft begründen.",
                er + " ist der Auffassung, die Behörde habe die gebotene Gesamtbetrachtung unterlassen und allein auf"
                        + " die Höhe des Verdienstes abgestellt."));
        if (f.children > 0) {
            options.add(er + " verweist darauf, dass " + cit.sein() + (f.children == 1 ? " Kind" : "e Kinder")
                    + " in " + f.place() + " zur Schule " + (f.children == 1 ? "geht" : "gehen")
                    + ", und beruft sich auf Art. 10 der Verordnung (EU) Nr. 492/2011.");
        }
        if (!c.social()) {
            options.add(er + " rügt, die Behörde habe das ihr nach § 5 Abs. 4 FreizügG/EU eingeräumte Ermessen nicht"
                    + " ausgeübt.");
        }
        return pick(r, options);
    }

    private static String authorityArgument(CaseContext c) {
        Random r = c.rnd();
        Facts f = c.f();
        Role auth = c.authority();
        return pick(r,
                cap(auth.er()) + " verweist auf die Gründe " + (c.social() ? "der angefochtenen Bescheide" : "der angefochtenen"
                        + " Verfügung") + ".",
                cap(auth.er()) + " hält an " + auth.sein() + "er Auffassung fest und trägt ergänzend vor, bei "
                        + f.hours + " Wochenstunden handle es sich um eine völlig untergeordnete Tätigkeit.",
                cap(auth.er()) + " meint, die Beschäftigung sei nur aufgenommen worden, um aufenthalts- und"
                        + " leistungsrechtliche Folgen abzuwenden.");
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.between;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.PlannedCase;
import de.tenor.demo.Plan.Result;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The invented facts behind one ruling: the EU citizen, the job, the authority and the dates of the
 * administrative and court proceedings. All values are drawn from one {@link Random} so a fixed seed
 * gives the same facts every time.
 */
final class Facts {

    /** A job type with its male and female form, where it is done and how the employer is named. */
    record Job(String male, String female, String workplace, String employerSuffix) {
    }

    /** Why a court denies worker status; a lost case uses one or two of them. */
    enum Doubt { SMALL_SCOPE, LATE_START, IRREGULAR_PAY, RELATIVE, ENDED }

    /** Why a court sides with the citizen. */
    enum Ground { REGULAR_WORK, CHILDREN_IN_SCHOOL, DISCRETION }

    private static final List<Job> JOBS = List.of(
            new Job("Reinigungskraft", "Reinigungskraft", "in der Unterhaltsreinigung von Büroräumen", "Gebäudeservice GmbH"),
            new Job("Küchenhilfe", "Küchenhilfe", "in einem Imbissbetrieb", "Gastro GmbH"),
            new Job("Lagerhelfer", "Lagerhelferin", "im Lager eines Getränkegroßhandels", "Logistik GmbH"),
            new Job("Paketzusteller", "Paketzustellerin", "in der Paketzustellung für einen Subunternehmer",
                    "Kurierdienst UG (haftungsbeschränkt)"),
            new Job("Zeitungszusteller", "Zeitungszustellerin", "in der Frühzustellung einer Anzeigenzeitung",
                    "Zustelldienste GmbH"),
            new Job("Spülkraft", "Spülkraft", "in einem Restaurant", "Gastronomie GmbH"),
            new Job("Helfer in der Gebäudereinigung", "Helferin in der Gebäudereinigung",
                    "bei der Reinigung von Treppenhäusern", "Facility Services GmbH"),
            new Job("Fahrzeugpfleger", "Fahrzeugpflegerin", "in einer Autowaschanlage", "Autopflege GmbH"),
            new Job("Produktionshelfer", "Produktionshelferin", "bei der Verpackung von Backwaren",
                    "Personaldienste GmbH"),
            new Job("Hausmeistergehilfe", "Hausmeistergehilfin", "für eine Hausverwaltung", "Immobilienservice GmbH"),
            new Job("Verkaufshilfe", "Verkaufshilfe", "in einem Lebensmittelgeschäft", "Handels GmbH"),
            new Job("Sortierhelfer", "Sortierhelferin", "in einem Recyclingbetrieb", "Recycling GmbH"));

    private static final String LETTERS = "ABCDEFGHIKLMNOPRSTVZ";
    private static final String[] LAWYER_CITIES = {"Gelsenkirchen", "Essen", "Duisburg", "Dortmund", "Bochum",
        "Düsseldorf", "Hagen", "Oberhausen", "Köln"};

    final PlannedCase plan;
    final LocalDate decisionDate;

    // the EU citizen
    final boolean female;
    final String initials;
    final boolean romanian;
    final int birthYear;
    final LocalDate entry;
    final int children;

    // the job
    final Job job;
    final String employer;
    final LocalDate jobStart;
    final LocalDate jobEnd;
    final int hours;
    final int pay;
    final boolean cash;
    final List<Doubt> doubts = new ArrayList<>();
    final List<Ground> grounds = new ArrayList<>();
    /** What the court makes of the worker status: affirmed, denied or open. */
    final String workerStatus;

    // the administrative procedure
    final LocalDate hearing;
    final LocalDate authorityDecision;
    final LocalDate objectionDecision;
    final LocalDate actionFiled;

    // representation and bench
    final String lawyer;
    final List<String> judges;

    Facts(PlannedCase plan, LocalDate decisionDate, LocalDate firstInstanceDate, Random rnd) {
        this.plan = plan;
        this.decisionDate = decisionDate;
        Result result = plan.result();
        boolean urgentFirst = plan.procedure() == Plan.Procedure.URGENT;

        female = chance(rnd, 0.45);
        initials = letter(rnd) + ". " + letter(rnd) + ".";
        romanian = chance(rnd, 0.65);
        job = pick(rnd, JOBS);
        employer = "der Firma " + letter(rnd) + ". " + job.employerSuffix();

        // Dates run backwards from the first-instance decision.
        LocalDate filed = urgentFirst
                ? firstInstanceDate.minusDays(between(rnd, 10, 45))
                : firstInstanceDate.minusMonths(between(rnd, 7, 20)).minusDays(between(rnd, 0, 27));
        actionFiled = weekday(filed);
        if (plan.jobcenter()) {
            objectionDecision = weekday(actionFiled.minusDays(between(rnd, 5, 25)));
            authorityDecision = weekday(objectionDecision.minusDays(between(rnd, 30, 80)));
        } else {
            objectionDecision = null;
            authorityDecision = weekday(actionFiled.minusDays(between(rnd, 3, 25)));
        }
        hearing = weekday(authorityDecision.minusDays(between(rnd, 21, 60)));

        // Doubts and grounds follow the planned outcome, so the reasons fit the Tenor.
        boolean eugh = plan.court() == Court.EUGH;
        boolean denied = !eugh && (result == Result.LOST
                || (result == Result.PARTIAL && !plan.jobcenter())
                || plan.variant() == Plan.Variant.PKH_DENIED
                || (result == Result.UNKNOWN && chance(rnd, 0.5)));
        // the EuGH answers its question in the abstract: no doubts, no grounds, worker status open
        if (denied) {
            doubts.add(chance(rnd, 0.6) ? Doubt.SMALL_SCOPE : pick(rnd, Doubt.LATE_START, Doubt.IRREGULAR_PAY));
            if (chance(rnd, 0.55)) {
                Doubt second = pick(rnd, Doubt.values());
                if (!doubts.contains(second)) {
                    doubts.add(second);
                }
            }
        } else if (!eugh && (result == Result.WON || result == Result.UNKNOWN)) {
            if (!plan.jobcenter() && plan.court().branch != Court.Branch.BVerwG && chance(rnd, 0.2)) {
                grounds.add(Ground.DISCRETION);
            }
            grounds.add(chance(rnd, 0.25) ? Ground.CHILDREN_IN_SCHOOL : Ground.REGULAR_WORK);
        } else if (result == Result.PARTIAL) {
            // social court: worker until the job ended, excluded afterwards
            grounds.add(Ground.REGULAR_WORK);
            doubts.add(Doubt.ENDED);
        }
        children = grounds.contains(Ground.CHILDREN_IN_SCHOOL) ? between(rnd, 1, 3)
                : chance(rnd, 0.35) ? between(rnd, 1, 3) : 0;
        if (grounds.contains(Ground.REGULAR_WORK)) {
            workerStatus = "affirmed";
        } else if (denied) {
            workerStatus = "denied";
        } else {
            workerStatus = "open";
        }

        if (doubts.contains(Doubt.LATE_START)) {
            doubts.remove(Doubt.ENDED);
        }
        LocalDate start;
        if (doubts.contains(Doubt.LATE_START)) {
            start = hearing.plusDays(between(rnd, 7, 20));
        } else if (doubts.contains(Doubt.ENDED)) {
            start = hearing.minusMonths(between(rnd, 8, 30));
        } else {
            start = hearing.minusMonths(between(rnd, 3, 30));
        }
        jobStart = start.withDayOfMonth(chance(rnd, 0.7) ? 1 : 15);
        if (!doubts.contains(Doubt.ENDED)) {
            jobEnd = null;
        } else if (denied) {
            jobEnd = lastOfMonth(authorityDecision.minusMonths(between(rnd, 1, 4)));
        } else {
            jobEnd = lastOfMonth(actionFiled.plusMonths(between(rnd, 1, 2)));
        }
        entry = jobStart.minusMonths(between(rnd, 2, 40)).withDayOfMonth(between(rnd, 1, 28));
        birthYear = between(rnd, 1966, 2001);

        int h;
        if (eugh) {
            h = between(rnd, 5, 9); // the referred question is about a marginal job
        } else if (doubts.contains(Doubt.SMALL_SCOPE)) {
            h = between(rnd, 3, 6);
        } else if (denied) {
            h = between(rnd, 4, 10);
        } else if (result == Result.WON || result == Result.PARTIAL) {
            h = chance(rnd, 0.2) ? between(rnd, 16, 25) : between(rnd, 7, 15);
        } else {
            h = between(rnd, 3, 25);
        }
        double wage = Law.minimumWage(authorityDecision) * (doubts.contains(Doubt.IRREGULAR_PAY) ? 0.8 : 1.0 + rnd.nextInt(12) / 100.0);
        hours = Math.min(h, (int) (1200 / (4.33 * wage))); // keeps the pay at or below 1,200 euros without cutting the wage
        int p = (int) Math.round(hours * 4.33 * wage);
        int threshold = Law.minijobLimit(authorityDecision);
        if (p < threshold && p > threshold * 0.85 && chance(rnd, 0.6)) {
            p = threshold; // the classic "520-Euro-Job"
        }
        pay = Math.max(100, Math.min(1200, p));
        cash = doubts.contains(Doubt.IRREGULAR_PAY) || (denied && chance(rnd, 0.2));

        boolean needsLawyer = plan.variant() == Plan.Variant.PKH_GRANTED || plan.variant() == Plan.Variant.PKH_DENIED;
        lawyer = needsLawyer || chance(rnd, 0.85) ? lawyer(rnd) : "";
        judges = List.of(letter(rnd) + ". " + letter(rnd) + ".", letter(rnd) + ". " + letter(rnd) + ".",
                letter(rnd) + ". " + letter(rnd) + ".");
    }

    boolean minijob() {
        return pay <= Law.minijobLimit(authorityDecision);
    }

    /** Whole months from the start of the job to the authority's decision (or the end of the job). */
    long monthsWorked() {
        LocalDate until = jobEnd != null ? jobEnd : authorityDecision;
        return Math.max(1, ChronoUnit.MONTHS.between(jobStart, until));
    }

    /** "einem Monat" or "14 Monaten", for "seit …". */
    String monthsPhrase() {
        long n = monthsWorked();
        return n == 1 ? "einem Monat" : n + " Monaten";
    }

    double hourlyWage() {
        return pay / (hours * 4.33);
    }

    String jobTitle() {
        return female ? job.female() : job.male();
    }

    String nationality() {
        return romanian ? "rumänisch" : "bulgarisch";
    }

    String country() {
        return romanian ? "Rumänien" : "Bulgarien";
    }

    /** "Herrn A. P." / "Frau M. D." as the rubrum writes it after "des"/"der". */
    String person() {
        return (female ? "Frau " : "Herrn ") + initials;
    }

    /** "Gelsenkirchen" or, when anonymised, "G." — the place the citizen lives and the authority sits. */
    String place() {
        return plan.anonymised() ? plan.city().charAt(0) + "." : plan.city();
    }

    /** "die Stadt Duisburg", "das Jobcenter H.". */
    String authorityName() {
        return (plan.jobcenter() ? "das Jobcenter " : "die Stadt ") + place();
    }

    /** "der Stadt Duisburg", "des Jobcenters H.". */
    String authorityGenitive() {
        return (plan.jobcenter() ? "des Jobcenters " : "der Stadt ") + place();
    }

    private String lawyer(Random rnd) {
        String title = chance(rnd, 0.5) ? "Rechtsanwältin " : "Rechtsanwalt ";
        String city = plan.anonymised() ? place() : pick(rnd, LAWYER_CITIES);
        return title + letter(rnd) + ". " + letter(rnd) + "., " + city;
    }

    private static String letter(Random rnd) {
        return String.valueOf(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
    }

    /** Moves a date off weekends and the Christmas and New Year holidays: courts do not sit then. */
    static LocalDate weekday(LocalDate d) {
        if (d.getMonthValue() == 12 && d.getDayOfMonth() >= 24) {
            d = d.withDayOfMonth(22);
        } else if (d.getMonthValue() == 1 && d.getDayOfMonth() == 1) {
            d = d.withDayOfMonth(2);
        }
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.minusDays(1);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }

    private static LocalDate lastOfMonth(LocalDate d) {
        return d.withDayOfMonth(d.lengthOfMonth());
    }
}

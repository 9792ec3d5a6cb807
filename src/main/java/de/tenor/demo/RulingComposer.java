package de.tenor.demo;

import static de.tenor.demo.Texts.between;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.Plan.Format;
import de.tenor.demo.Plan.PlannedCase;
import de.tenor.demo.Plan.Procedure;
import de.tenor.demo.Plan.Variant;
import de.tenor.demo.ReasonText.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Turns the {@link Plan} into finished {@link DemoCase}s: dates, dockets, ECLI, Rubrum, Tenor and reasons. */
final class RulingComposer {

    /** Newest date a demo document may carry. */
    static final LocalDate LATEST = LocalDate.of(2026, 11, 30);

    /** Decision years: every year from 2015 to 2026, most of them recent. */
    private static final int[][] YEAR_COUNTS = {{2015, 3}, {2016, 3}, {2017, 3}, {2018, 3}, {2019, 3}, {2020, 3},
        {2021, 4}, {2022, 4}, {2023, 6}, {2024, 10}, {2025, 14}, {2026, 10}};

    private final Random rnd;
    private final Dockets dockets;

    RulingComposer(Random rnd) {
        this.rnd = rnd;
        this.dockets = new Dockets(rnd);
    }

    List<DemoCase> compose(List<PlannedCase> plan) {
        List<Integer> years = new ArrayList<>();
        for (int[] yc : YEAR_COUNTS) {
            for (int i = 0; i < yc[1]; i++) {
                years.add(yc[0]);
            }
        }
        if (years.size() != plan.size()) {
            throw new IllegalStateException("year table has " + years.size() + " entries for " + plan.size() + " planned rulings");
        }
        Collections.shuffle(years, rnd);
        List<DemoCase> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            out.add(compose(plan.get(i), years.get(i)));
        }
        return out;
    }

    private DemoCase compose(PlannedCase p, int year) {
        Court court = p.court();
        boolean urgent = p.procedure() == Procedure.URGENT;
        LocalDate date = Facts.weekday(LocalDate.of(year, between(rnd, 1, year == 2026 ? 11 : 12), between(rnd, 2, 28)));
        if (date.isAfter(LATEST)) {
            date = LATEST;
        }
        String type = decisionType(p);
        int panel = court.panels[rnd.nextInt(court.panels.length)];

        // lower instances and their dates
        Court first = court;
        Court lower = null;
        LocalDate lowerDate = null;
        LocalDate firstDate = date;
        String lowerType = "";
        switch (court.branch) {
            case OVG, LSG -> {
                lower = court == Court.OVG ? Court.administrativeFor(p.city()) : Court.socialFor(p.city());
                first = lower;
                lowerDate = Facts.weekday(urgent ? date.minusDays(between(rnd, 20, 70)) : date.minusMonths(between(rnd, 4, 12)));
                firstDate = lowerDate;
                lowerType = urgent ? "Beschluss" : court == Court.OVG ? "Urteil" : pick(rnd, "Urteil", "Gerichtsbescheid");
            }
            case BSG, BVerwG -> {
                first = court == Court.BSG ? Court.socialFor(p.city()) : Court.administrativeFor(p.city());
                lower = court == Court.BSG ? Court.LSG : Court.OVG;
                lowerDate = Facts.weekday(date.minusMonths(between(rnd, 8, 16)));
                firstDate = Facts.weekday(lowerDate.minusMonths(between(rnd, 10, 20)));
                lowerType = "Urteil";
            }
            case EuGH -> firstDate = Facts.weekday(date.minusMonths(between(rnd, 14, 22)));
            default -> {
            }
        }
        Facts f = new Facts(p, date, firstDate, rnd);

        // dockets: first instance, lower instance, this court
        boolean federal = court.federal() || court == Court.EUGH;
        int filed = f.actionFiled.getYear();
        int firstPanel = first == court ? panel : first.panels[rnd.nextInt(first.panels.length)];
        String firstDocket = court == Court.EUGH ? ""
                : first == court ? "" : dockets.next(first, firstPanel, urgent && !federal, filed);
        String mainDocket = !p.jobcenter() && urgent ? dockets.next(first, firstPanel, false, filed) : firstDocket;
        String lowerDocket = "";
        if (court.branch == Court.Branch.OVG || court.branch == Court.Branch.LSG) {
            lowerDocket = firstDocket;
        } else if (court.federal()) {
            Court mid = lower;
            lowerDocket = dockets.next(mid, mid.panels[rnd.nextInt(mid.panels.length)], false,
                    firstDate.plusMonths(1).getYear());
        }
        int ownYear = switch (court.branch) {
            case VG, SG -> filed;
            case OVG, LSG -> (urgent ? lowerDate.plusDays(14) : lowerDate.plusMonths(1)).getYear();
            case BSG, BVerwG -> lowerDate.plusMonths(2).getYear();
            case EuGH -> firstDate.plusMonths(1).getYear();
        };
        String docket = dockets.next(court, panel, urgent, ownYear);
        if (first == court) {
            firstDocket = docket;
        }

        boolean withEcli = court != Court.EUGH && !(year <= 2016) && !(year <= 2019 && chance(rnd, 0.35));
        String ecli = withEcli ? Dockets.ecli(court, date, docket) : "";

        // benefit period in dispute (social courts)
        LocalDate periodStart = f.authorityDecision.plusMonths(1).withDayOfMonth(1);
        LocalDate periodEnd = periodStart.plusMonths(5);
        periodEnd = periodEnd.withDayOfMonth(periodEnd.lengthOfMonth());
        if (p.jobcenter() && urgent) {
            periodStart = f.actionFiled;
            LocalDate end = f.actionFiled.plusMonths(5);
            periodEnd = end.withDayOfMonth(end.lengthOfMonth());
        }
        if (p.jobcenter() && f.jobEnd != null && p.result() == Plan.Result.PARTIAL) {
            periodEnd = f.jobEnd;
        }

        Role citizen = Role.citizen(urgent, f.female);
        Role authority = Role.authority(urgent, p.jobcenter());
        CaseContext c = new CaseContext(p, f, rnd, court, panel, type, date, docket, citizen, authority, lower,
                lowerDocket, lowerDate, lowerType, first, firstDocket, firstDate, mainDocket, periodStart, periodEnd);

        List<String> rubrum = court == Court.EUGH ? FrameText.eughRubrum(c)
                : p.variant() == Variant.EXCERPT ? List.of() : FrameText.rubrum(c);
        List<String> tenor = p.variant() == Variant.NO_TENOR || p.variant() == Variant.EXCERPT
                ? List.of() : TenorText.of(c);
        List<Section> sections = ReasonText.of(c);
        if (p.variant() == Variant.EXCERPT) {
            sections = excerpt(sections);
        }
        String lowerInstance = lower == null ? "" : lower.fullName + ", " + lowerDocket;
        String ext = switch (p.format()) {
            case HTML -> ".html";
            case PDF -> ".pdf";
            case DOCX -> ".docx";
        };
        String file = Dockets.fileStem(court, docket) + ext;
        return new DemoCase(file, p, court, type, date, docket, ecli, court.panelName(panel), lowerInstance,
                keywords(c), norms(c), rubrum, tenor, sections, f);
    }

    private String decisionType(PlannedCase p) {
        boolean urgent = p.procedure() == Procedure.URGENT;
        return switch (p.court().branch) {
            case VG -> urgent || p.variant() == Variant.ERLEDIGT || p.variant() == Variant.WITHDRAWN
                    || p.variant() == Variant.PKH_GRANTED ? "Beschluss" : "Urteil";
            case OVG -> urgent || p.variant() == Variant.AUTHORITY_APPEAL ? "Beschluss" : "Urteil";
            case SG -> urgent || p.variant() == Variant.PKH_DENIED ? "Beschluss"
                    : p.variant() == Variant.GERICHTSBESCHEID ? "Gerichtsbescheid" : "Urteil";
            case LSG -> urgent ? "Beschluss" : "Urteil";
            case BSG, BVerwG, EuGH -> "Urteil";
        };
    }

    /** The middle of the reasons only, as if someone had saved a "Gründe (Auszug)" page. */
    private static List<Section> excerpt(List<Section> sections) {
        List<String> all = new ArrayList<>();
        for (Section s : sections) {
            all.addAll(s.paragraphs());
        }
        int from = 1;
        int to = Math.max(from + 1, all.size() - 3);
        return List.of(new Section("Gründe (Auszug)", all.subList(from, to), from + 2));
    }

    private List<String> keywords(CaseContext c) {
        List<String> k = new ArrayList<>();
        k.add("Arbeitnehmereigenschaft");
        if (c.social()) {
            k.add(pick(rnd, "Leistungsausschluss", "Leistungsausschluss für Unionsbürger"));
            k.add("Unionsbürger");
            k.add("geringfügige Beschäftigung");
        } else {
            k.add("Verlustfeststellung");
            k.add("Freizügigkeit");
            if (c.urgent()) {
                k.add("sofortige Vollziehung");
            }
        }
        if (c.f().minijob() || !c.social()) {
            k.add("Minijob");
        }
        if (c.is(Variant.PKH_GRANTED) || c.is(Variant.PKH_DENIED)) {
            k.add("Prozesskostenhilfe");
        }
        if (chance(rnd, 0.5)) {
            Collections.swap(k, 1, k.size() - 1);
        }
        return k;
    }

    private static List<String> norms(CaseContext c) {
        List<String> n = new ArrayList<>();
        if (c.court() == Court.EUGH) {
            return List.of("AEUV Art. 45", "RL 2004/38/EG Art. 7 Abs. 1 Buchst. a", "SGB II § 7 Abs. 1 S. 2 Nr. 2");
        }
        if (c.social()) {
            n.add("SGB II § 7 Abs. 1 S. 2 Nr. 2");
            n.add("FreizügG/EU § 2 Abs. 2 Nr. 1");
            if (c.urgent()) {
                n.add("SGG § 86b Abs. 2");
            }
        } else {
            n.add("FreizügG/EU § 2 Abs. 2 Nr. 1");
            n.add("FreizügG/EU § 5 Abs. 4");
            n.add("FreizügG/EU § 7 Abs. 1");
            if (c.urgent()) {
                n.add("VwGO § 80 Abs. 5");
            }
        }
        n.add("AEUV Art. 45");
        return n;
    }

    /** Rulings per file format, for the checks in {@link DemoCorpusGenerator}. */
    static long count(List<DemoCase> cases, Format format) {
        return cases.stream().filter(d -> d.plan().format() == format).count();
    }
}

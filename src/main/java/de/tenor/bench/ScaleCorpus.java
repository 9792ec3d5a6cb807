package de.tenor.bench;

import de.tenor.extract.CourtBranch;
import de.tenor.extract.DocType;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import de.tenor.extract.Outcome;
import de.tenor.extract.Paragraph;
import de.tenor.extract.Procedure;
import de.tenor.extract.WorkerStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus of any size: {@link #document(int)} builds document {@code i}
 * from {@code (seed, i)} alone, so any thread can make any document, in any order, without
 * writing files, and two runs with the same seed index exactly the same text.
 *
 * <p>Distributions follow what Tenor sees on NRWE, the federal courts and local news: 85 %
 * rulings (mostly Beschlüsse of VG and SG in Eilverfahren), 15 % news; cities, courts and norms
 * skewed towards the big Ruhr cities and the core provisions; dockets and ECLIs in each court's
 * real format; years 2012–2026 with more recent decisions. Body text is German legal vocabulary
 * drawn with a Zipf distribution ({@link Vocabulary}) mixed with the stock phrases of the genre.
 * A ruling averages ~6 KB of text, a news item ~2 KB. Immutable and thread-safe.
 */
public final class ScaleCorpus {

    /** Court, branch, ECLI code, the city of the court (for VG/SG; null for appeal and federal courts), weight. */
    private record CourtSpec(String name, CourtBranch branch, String ecliCode, String longName, int weight) {
    }

    private static final List<CourtSpec> COURTS = List.of(
            new CourtSpec("VG Gelsenkirchen", CourtBranch.VG, "VGGE", "Verwaltungsgericht Gelsenkirchen", 14),
            new CourtSpec("VG Düsseldorf", CourtBranch.VG, "VGD", "Verwaltungsgericht Düsseldorf", 12),
            new CourtSpec("VG Arnsberg", CourtBranch.VG, "VGAR", "Verwaltungsgericht Arnsberg", 6),
            new CourtSpec("VG Köln", CourtBranch.VG, "VGK", "Verwaltungsgericht Köln", 7),
            new CourtSpec("VG Münster", CourtBranch.VG, "VGMS", "Verwaltungsgericht Münster", 3),
            new CourtSpec("VG Minden", CourtBranch.VG, "VGMI", "Verwaltungsgericht Minden", 2),
            new CourtSpec("VG Aachen", CourtBranch.VG, "VGAC", "Verwaltungsgericht Aachen", 2),
            new CourtSpec("OVG NRW", CourtBranch.OVG, "OVGNRW", "Oberverwaltungsgericht NRW", 6),
            new CourtSpec("SG Gelsenkirchen", CourtBranch.SG, "SGGE", "Sozialgericht Gelsenkirchen", 9),
            new CourtSpec("SG Dortmund", CourtBranch.SG, "SGDO", "Sozialgericht Dortmund", 9),
            new CourtSpec("SG Duisburg", CourtBranch.SG, "SGDU", "Sozialgericht Duisburg", 8),
            new CourtSpec("SG Düsseldorf", CourtBranch.SG, "SGD", "Sozialgericht Düsseldorf", 6),
            new CourtSpec("SG Köln", CourtBranch.SG, "SGK", "Sozialgericht Köln", 4),
            new CourtSpec("SG Münster", CourtBranch.SG, "SGMS", "Sozialgericht Münster", 2),
            new CourtSpec("SG Detmold", CourtBranch.SG, "SGDT", "Sozialgericht Detmold", 1),
            new CourtSpec("LSG NRW", CourtBranch.LSG, "LSGNRW", "Landessozialgericht NRW", 7),
            new CourtSpec("BSG", CourtBranch.BSG, "BSG", "Bundessozialgericht", 1),
            new CourtSpec("BVerwG", CourtBranch.BVerwG, "BVerwG", "Bundesverwaltungsgericht", 1),
            new CourtSpec("EuGH", CourtBranch.EuGH, "", "Gerichtshof der Europäischen Union", 1));

    /** Ruhr and Rhine cities, most cases first (Zipf-like weights from their share of the demo corpus). */
    static final List<String> CITIES = List.of("Gelsenkirchen", "Duisburg", "Dortmund", "Essen", "Hagen",
            "Düsseldorf", "Bochum", "Herne", "Oberhausen", "Hamm", "Köln", "Wuppertal", "Recklinghausen",
            "Bottrop", "Mülheim an der Ruhr", "Krefeld", "Mönchengladbach", "Bielefeld", "Münster", "Aachen",
            "Solingen", "Witten", "Marl", "Moers");

    private static final List<String> NORMS = List.of("§ 7 Abs. 1 Satz 2 Nr. 2 SGB II", "§ 2 Abs. 2 Nr. 1 FreizügG/EU",
            "§ 2 Abs. 3 FreizügG/EU", "§ 5 Abs. 4 FreizügG/EU", "§ 86b Abs. 2 SGG", "§ 80 Abs. 5 VwGO",
            "§ 123 VwGO", "Art. 45 AEUV", "Art. 7 RL 2004/38/EG", "§ 4a FreizügG/EU", "§ 11 SGB II",
            "§ 22 SGB II", "§ 23 SGB XII", "Art. 10 VO (EU) 492/2011", "§ 73a SGG", "§ 166 VwGO", "§ 114 ZPO",
            "§ 193 SGG", "§ 154 Abs. 1 VwGO", "Art. 18 AEUV", "Art. 1 Abs. 1 GG", "Art. 20 Abs. 1 GG");

    private static final List<String> EU_CASES = List.of("53/81 (Levin)", "66/85 (Lawrie-Blum)", "139/85 (Kempf)",
            "C-14/09 (Genc)", "C-333/13 (Dano)", "C-67/14 (Alimanovic)", "C-299/14 (García-Nieto)",
            "C-181/19 (Jobcenter Krefeld)", "C-507/12 (Saint Prix)", "C-442/16 (Gusa)");

    private static final List<String> JOBS = List.of("Reinigungskraft", "Küchenhilfe", "Paketzusteller",
            "Lagerarbeiter", "Erntehelfer", "Pflegehelferin", "Bauhelfer", "Zeitungszusteller", "Aushilfe im Einzelhandel");

    private static final List<String> OUTLETS = List.of("WAZ", "Ruhr Nachrichten", "Rheinische Post", "WDR",
            "Westfalenpost", "Beratungsstelle Nordstadt", "Emscher Rundschau", "Hagener Blatt");

    /** Stock phrases of the genre; {@code %s} slots take hours, amounts, dates and cities. */
    private static final List<String> PHRASES = List.of(
            "Der Antragsteller ist Arbeitnehmer im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU.",
            "Die Tätigkeit ist nicht völlig untergeordnet und unwesentlich.",
            "Die Tätigkeit stellt sich als völlig untergeordnet und unwesentlich dar.",
            "Ein Anordnungsanspruch ist glaubhaft gemacht.",
            "Ein Anordnungsgrund ist nicht glaubhaft gemacht.",
            "Die aufschiebende Wirkung des Widerspruchs wird angeordnet.",
            "Dem Antrag auf Erlass einer einstweiligen Anordnung war stattzugeben.",
            "Der Leistungsausschluss nach § 7 Abs. 1 Satz 2 Nr. 2 SGB II greift nicht ein.",
            "Der Antragsteller arbeitet wöchentlich %h Stunden als %j und erhält monatlich %e Euro.",
            "Nach der Rechtsprechung des Gerichtshofs der Europäischen Union ist eine Gesamtbewertung vorzunehmen.",
            "Die Verlustfeststellung der Ausländerbehörde der Stadt %c vom %d ist rechtswidrig.",
            "Leistungen der Grundsicherung für Arbeitsuchende sind vorläufig zu gewähren.",
            "Der Stundenlohn liegt mit %w Euro über dem gesetzlichen Mindestlohn.",
            "Die Beteiligten streiten über die Gewährung von Bürgergeld.",
            "Das Jobcenter %c hat die Bewilligung mit Bescheid vom %d abgelehnt.");

    private static final DocketParser DOCKETS = new DocketParser();
    private static final Instant FETCHED_AT = Instant.parse("2026-11-01T00:00:00Z");

    private final long seed;
    private final Vocabulary vocabulary = new Vocabulary();
    private final int totalCourtWeight = COURTS.stream().mapToInt(CourtSpec::weight).sum();

    public ScaleCorpus(long seed) {
        this.seed = seed;
    }

    /** Document number {@code i} (0-based); the same for the same seed on every machine and JVM. */
    public Document document(int i) {
        SplittableRandom rnd = random(i);
        return rnd.nextInt(100) < 85 ? ruling(i, rnd) : news(i, rnd);
    }

    /** The docket of document {@code i}, or empty for news: what a user pastes into the search box. */
    public java.util.Optional<String> docket(int i) {
        return java.util.Optional.ofNullable(document(i).ruling().docket());
    }

    /** Search words drawn the way users type them: content words, frequent ones more often. */
    public List<String> queryWords(SplittableRandom rnd, int count) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            out.add(vocabulary.queryWord(rnd));
        }
        return List.copyOf(out);
    }

    /**
     * Issue 21: a rare word that is in the index: the rarest made-up tail word of a document among the
     * first {@code docs} (such a word occurs in a handful of documents), or a content word if a document has none.
     */
    public String rareWord(SplittableRandom rnd, int docs) {
        while (true) {
            String text = document(rnd.nextInt(docs)).text();
            String rarest = null;
            int rarestRank = -1;
            for (String token : text.split("[^\\p{L}]+")) {
                int rank = vocabulary.rankOf(token);
                if (rank > rarestRank && vocabulary.isTail(rank)) {
                    rarest = token;
                    rarestRank = rank;
                }
            }
            if (rarest != null) {
                return rarest;
            }
        }
    }

    /** Two or three consecutive words of a stock phrase: a phrase query that finds documents. */
    public String phrase(SplittableRandom rnd) {
        String[] words = PHRASES.get(rnd.nextInt(PHRASES.size())).replaceAll("[.,]", "").split(" ");
        while (true) {
            int len = 2 + rnd.nextInt(2);
            int start = rnd.nextInt(Math.max(1, words.length - len));
            String phrase = String.join(" ", java.util.Arrays.asList(words).subList(start, Math.min(words.length, start + len)));
            if (!phrase.contains("%") && !phrase.contains("§")) {
                return phrase;
            }
        }
    }

    private SplittableRandom random(int i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    }

    private Document ruling(int i, SplittableRandom rnd) {
        CourtSpec court = court(rnd);
        LocalDate date = date(rnd);
        boolean urgent = court.branch() != CourtBranch.EuGH && court.branch() != CourtBranch.BSG
                && court.branch() != CourtBranch.BVerwG && rnd.nextInt(100) < 65;
        String docket = docket(court, urgent, date.getYear(), rnd);
        String docketNormalized = DOCKETS.normalize(docket);
        String city = rnd.nextInt(100) < 6 ? "unknown" : city(rnd);
        String decisionType = court.branch() == CourtBranch.EuGH ? "Urteil"
                : pickWeighted(rnd, new String[] {"Beschluss", "Urteil", "Gerichtsbescheid"}, new int[] {urgent ? 90 : 35, urgent ? 10 : 50, urgent ? 0 : 15});
        Outcome outcome = pickWeighted(rnd, new Outcome[] {Outcome.WON, Outcome.PARTIAL, Outcome.LOST, Outcome.OTHER, Outcome.UNKNOWN},
                new int[] {30, 10, 40, 12, 8});
        String id = String.format(Locale.ROOT, "bench-%08d", i);
        Document.Builder b = Document.builder(id, DocType.RULING);
        b.court(court.name());
        b.courtBranch(court.branch());
        b.decisionType(decisionType);
        b.date(date);
        b.docket(docket);
        b.docketNormalized(docketNormalized);
        b.ecli(ecli(court, date, docket));
        b.procedure(court.branch() == CourtBranch.EuGH ? null : urgent ? Procedure.URGENT : Procedure.MAIN);
        b.city(city);
        b.outcome(outcome);
        String tenor = tenor(outcome, urgent, rnd);
        b.tenor(tenor);
        b.norms(distinct(rnd, NORMS, 1 + rnd.nextInt(4)));
        b.euCases(rnd.nextInt(100) < 40 ? distinct(rnd, EU_CASES, 1 + rnd.nextInt(2)) : List.of());
        b.citedDockets(cited(rnd));
        if (court.branch() == CourtBranch.OVG || court.branch() == CourtBranch.LSG) {
            CourtSpec lower = court(rnd);
            b.lowerCourt(lower.longName() + ", " + docket(lower, urgent, date.getYear(), rnd));
        }
        String job = JOBS.get(rnd.nextInt(JOBS.size()));
        if (rnd.nextInt(100) < 60) {
            double weeklyHours = 3 + rnd.nextInt(38);
            double monthlyPay = 100 + rnd.nextInt(1900);
            b.weeklyHours(weeklyHours);
            b.monthlyPayEur(monthlyPay);
            b.hourlyWageEur(Math.round(monthlyPay / (weeklyHours * 4.33) * 100) / 100.0);
            b.jobType(job);
            // A status always comes with the sentence it rests on (EmploymentFacts).
            b.workerStatus(pickWeighted(rnd, WorkerStatus.values(), new int[] {45, 35, 20}));
            b.workerStatusEvidence("Die Tätigkeit als " + job + " ist nach Umfang und Vergütung gewürdigt worden.");
        }
        b.title(court.name() + ", " + decisionType + " vom " + german(date) + " – " + docket);
        b.url("https://www.justiz.nrw.de/nrwe/bench/" + docketNormalized.replace('/', '-') + ".html");
        b.fetchedAt(FETCHED_AT);
        b.sourcePath("bench/" + id + ".html");
        b.topic(true); // generated about the practice, like the corpus it stands in for
        List<Paragraph> body = new ArrayList<>();
        body.add(new Paragraph(null, court.longName() + " " + decisionType + " " + docket, false));
        body.add(new Paragraph(null, "Tenor", true));
        body.add(new Paragraph(null, tenor, false));
        body.add(new Paragraph(null, decisionType.equals("Beschluss") ? "Gründe" : "Tatbestand", true));
        int paragraphs = lengthFactor(rnd, 13);
        for (int p = 1; p <= paragraphs; p++) {
            body.add(new Paragraph(Integer.toString(p), paragraph(rnd, 3 + rnd.nextInt(4), city, job, date), false));
        }
        b.paragraphs(body);
        b.text(text(body));
        return b.build();
    }

    private Document news(int i, SplittableRandom rnd) {
        LocalDate published = date(rnd);
        String city = city(rnd);
        String id = String.format(Locale.ROOT, "bench-%08d", i);
        Document.Builder b = Document.builder(id, DocType.NEWS);
        b.outlet(OUTLETS.get(rnd.nextInt(OUTLETS.size())));
        b.published(published);
        b.cities(rnd.nextInt(100) < 25 ? List.of(city, city(rnd)).stream().distinct().toList() : List.of(city));
        String job = JOBS.get(rnd.nextInt(JOBS.size()));
        String title = cap(vocabulary.queryWord(rnd)) + " in " + city + ": " + sentence(rnd, 6).replace(".", "");
        b.title(title);
        b.url("https://news.example/bench/" + id);
        b.fetchedAt(FETCHED_AT);
        b.sourcePath("bench/" + id + ".html");
        b.topic(true);
        List<Paragraph> body = new ArrayList<>();
        int paragraphs = lengthFactor(rnd, 6);
        for (int p = 0; p < paragraphs; p++) {
            body.add(new Paragraph(null, paragraph(rnd, 2 + rnd.nextInt(3), city, job, published), false));
        }
        b.paragraphs(body);
        b.text(title + "\n\n" + text(body));
        return b.build();
    }

    private String paragraph(SplittableRandom rnd, int sentences, String city, String job, LocalDate date) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            if (rnd.nextInt(5) == 0) {
                p.append(fill(PHRASES.get(rnd.nextInt(PHRASES.size())), rnd, city, job, date));
            } else {
                p.append(sentence(rnd, 8 + rnd.nextInt(16)));
            }
        }
        return p.toString();
    }

    private String sentence(SplittableRandom rnd, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = vocabulary.next(rnd);
            s.append(w == 0 ? cap(word) : word).append(w == words - 1 ? "." : rnd.nextInt(12) == 0 ? ", " : " ");
        }
        return s.toString();
    }

    private static String fill(String phrase, SplittableRandom rnd, String city, String job, LocalDate date) {
        return phrase.replace("%h", Integer.toString(3 + rnd.nextInt(38)))
                .replace("%e", (100 + rnd.nextInt(1900)) + ",00")
                .replace("%w", (9 + rnd.nextInt(8)) + "," + (10 + rnd.nextInt(90)))
                .replace("%j", job)
                .replace("%c", city.equals("unknown") ? "Gelsenkirchen" : city)
                .replace("%d", german(date.minusDays(30 + rnd.nextInt(300))));
    }

    private static String tenor(Outcome outcome, boolean urgent, SplittableRandom rnd) {
        String main = switch (outcome) {
            case WON -> urgent ? "Der Antragsgegner wird im Wege der einstweiligen Anordnung verpflichtet, dem Antragsteller vorläufig Leistungen nach dem SGB II zu gewähren."
                    : "Der Bescheid vom wird aufgehoben. Der Beklagte wird verpflichtet, dem Kläger Leistungen zu bewilligen.";
            case PARTIAL -> "Der Antrag wird teilweise abgelehnt; im Übrigen wird ihm stattgegeben.";
            case LOST -> urgent ? "Der Antrag auf Gewährung vorläufigen Rechtsschutzes wird abgelehnt." : "Die Klage wird abgewiesen.";
            case OTHER -> rnd.nextBoolean() ? "Das Verfahren wird eingestellt." : "Der Antrag auf Bewilligung von Prozesskostenhilfe wird abgelehnt.";
            case UNKNOWN -> "Die Sache wird zur erneuten Verhandlung und Entscheidung zurückverwiesen.";
        };
        return main + " Die Kosten des Verfahrens trägt " + (outcome == Outcome.WON ? "der Antragsgegner." : "der Antragsteller.");
    }

    private CourtSpec court(SplittableRandom rnd) {
        int x = rnd.nextInt(totalCourtWeight);
        for (CourtSpec c : COURTS) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        throw new IllegalStateException("court weights do not add up");
    }

    /** Cities by Zipf rank: Gelsenkirchen most often, Moers rarely. */
    private static String city(SplittableRandom rnd) {
        double u = rnd.nextDouble() * harmonic(CITIES.size());
        for (int r = 0; r < CITIES.size(); r++) {
            u -= 1.0 / (r + 1);
            if (u < 0) {
                return CITIES.get(r);
            }
        }
        return CITIES.get(CITIES.size() - 1);
    }

    private static double harmonic(int n) {
        double h = 0;
        for (int r = 1; r <= n; r++) {
            h += 1.0 / r;
        }
        return h;
    }

    /** 2012–2026, later years more often (the case law grew after 2016). */
    private static LocalDate date(SplittableRandom rnd) {
        int year = 2012 + (int) Math.floor(15 * Math.sqrt(rnd.nextDouble()));
        return LocalDate.of(Math.min(2026, year), 1, 1).plusDays(rnd.nextInt(year >= 2026 ? 300 : 365));
    }

    /** Dockets in each court's format: "8 L 469/24", "18 B 1063/24", "S 31 AS 370/24 ER", "L 19 AS 2035/24 B ER", "B 4 AS 12/24 R", "1 C 12.24", "C-412/24". */
    private static String docket(CourtSpec court, boolean urgent, int year, SplittableRandom rnd) {
        String yy = String.format(Locale.ROOT, "%02d", year % 100);
        int panel = 1 + rnd.nextInt(30);
        int number = 1 + rnd.nextInt(9999);
        return switch (court.branch()) {
            case VG -> panel + (urgent ? " L " : " K ") + number + "/" + yy;
            case OVG -> (10 + panel % 10) + (urgent ? " B " : " A ") + number + "/" + yy;
            case SG -> "S " + panel + " AS " + number + "/" + yy + (urgent ? " ER" : "");
            case LSG -> "L " + (panel % 21 + 1) + " AS " + number + "/" + yy + (urgent ? " B ER" : "");
            case BSG -> "B " + (rnd.nextBoolean() ? 4 : 14) + " AS " + (1 + number % 80) + "/" + yy + " R";
            case BVerwG -> "1 C " + (1 + number % 60) + "." + yy;
            case EuGH, other -> "C-" + (1 + number % 900) + "/" + yy;
        };
    }

    private static String ecli(CourtSpec court, LocalDate date, String docket) {
        String compact = docket.replace(" ", "");
        String ddMMyy = String.format(Locale.ROOT, "%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
        return switch (court.branch()) {
            case BSG -> "ECLI:DE:BSG:" + date.getYear() + ":" + ddMMyy + "U" + compact.replace("/", "") + "0";
            case BVerwG -> "ECLI:DE:BVerwG:" + date.getYear() + ":" + ddMMyy + "U" + compact + ".0";
            case EuGH, other -> null;
            default -> String.format(Locale.ROOT, "ECLI:DE:%s:%d:%02d%02d.%s.00", court.ecliCode(), date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth(), compact.replace("/", "."));
        };
    }

    private List<String> cited(SplittableRandom rnd) {
        List<String> out = new ArrayList<>();
        int n = rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            out.add(docket(court(rnd), rnd.nextBoolean(), 2012 + rnd.nextInt(14), rnd));
        }
        return out;
    }

    /** Log-normal-ish lengths: most documents near the mean, some three times as long. */
    private static int lengthFactor(SplittableRandom rnd, int mean) {
        double g = rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5; // ~N(0, 0.5)
        return Math.max(2, (int) Math.round(mean * Math.exp(0.6 * g) * 0.9));
    }

    private static <T> List<T> distinct(SplittableRandom rnd, List<T> from, int count) {
        Set<T> out = new LinkedHashSet<>();
        while (out.size() < Math.min(count, from.size())) {
            // Skewed: low indexes (the core norms and cases) far more often.
            int r = (int) Math.floor(from.size() * Math.pow(rnd.nextDouble(), 2.5));
            out.add(from.get(r));
        }
        return List.copyOf(out);
    }

    private static <T> T pickWeighted(SplittableRandom rnd, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    private static String text(List<Paragraph> body) {
        StringBuilder t = new StringBuilder();
        for (Paragraph p : body) {
            if (!t.isEmpty()) {
                t.append("\n\n");
            }
            t.append(p.text());
        }
        return t.toString();
    }

    private static String german(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

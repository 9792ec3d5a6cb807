package de.tenor.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat JSON shape of a {@link Document} (docs/INTERFACE.md): enum values in their API spelling,
 * dates as ISO strings, unknown values as {@code null}. Used for the index's stored copy and
 * for {@code /api/doc/{id}}, so both always agree. Stateless.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** The fields of the JSON, in the order of docs/INTERFACE.md so it reads well. */
    public static final List<String> FIELDS = List.of("id", "type", "title", "url", "sourcePath", "fetchedAt", "sample",
            "topic", "topicMarkers", "court", "courtBranch", "decisionType", "date", "docket", "docketNormalized", "ecli",
            "procedure", "city", "outcome", "outcomeEvidence", "headnotes", "tenor", "norms", "euCases", "citedDockets",
            "lowerCourt", "weeklyHours", "weeklyHoursMax", "monthlyPayEur", "hourlyWageEur", "employedSince", "jobType",
            "workerStatus", "workerStatusEvidence", "outlet", "published", "cities", "sources", "paragraphs", "text");

    public static Map<String, Object> toMap(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : FIELDS) {
            m.put(name, field(d, name));
        }
        return m;
    }

    /**
     * One field of the JSON by its name: the one place that says how a document's values are spelled in JSON, for
     * the full document and for every shorter view of it (search hits, exports).
     *
     * @throws IllegalArgumentException for a name not in {@link #FIELDS}
     */
    public static Object field(Document d, String name) {
        Ruling r = d.ruling();
        EmploymentFacts f = d.employment();
        return switch (name) {
            case "id" -> d.id();
            case "type" -> d.type().json();
            case "title" -> d.title();
            case "url" -> d.url();
            case "sourcePath" -> d.sourcePath();
            case "fetchedAt" -> str(d.fetchedAt());
            case "sample" -> d.sample();
            case "topic" -> d.topic();
            case "topicMarkers" -> d.topicMarkers();
            case "court" -> r.court();
            case "courtBranch" -> r.courtBranch() == null ? null : r.courtBranch().json();
            case "decisionType" -> r.decisionType();
            case "date" -> str(r.date());
            case "docket" -> r.docket();
            case "docketNormalized" -> r.docketNormalized();
            case "ecli" -> r.ecli();
            case "procedure" -> r.procedure() == null ? null : r.procedure().json();
            case "city" -> r.city();
            case "outcome" -> r.outcome() == null ? null : r.outcome().json();
            case "outcomeEvidence" -> r.outcomeEvidence();
            case "headnotes" -> r.headnotes();
            case "tenor" -> r.tenor();
            case "norms" -> d.references().norms();
            case "euCases" -> d.references().euCases();
            case "citedDockets" -> d.references().dockets();
            case "lowerCourt" -> r.lowerCourt();
            case "weeklyHours" -> f.weeklyHours();
            case "weeklyHoursMax" -> f.weeklyHoursMax();
            case "monthlyPayEur" -> f.monthlyPayEur();
            case "hourlyWageEur" -> f.hourlyWageEur();
            case "employedSince" -> str(f.employedSince());
            case "jobType" -> f.jobType();
            case "workerStatus" -> f.workerStatus() == null ? null : f.workerStatus().json();
            case "workerStatusEvidence" -> f.workerStatusEvidence();
            case "outlet" -> d.news().outlet();
            case "published" -> str(d.news().published());
            case "cities" -> d.news().cities();
            case "sources" -> d.sources(); // issue 16
            case "paragraphs" -> paragraphs(d.paragraphs());
            case "text" -> d.text();
            default -> throw new IllegalArgumentException("no document field " + name);
        };
    }

    private static List<Map<String, Object>> paragraphs(List<Paragraph> paragraphs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("number", p.number());
            pm.put("text", p.text());
            pm.put("heading", p.heading());
            out.add(pm);
        }
        return out;
    }

    /** Inverse of {@link #toMap}; accepts the map a JSON parser produced from it. */
    @SuppressWarnings("unchecked")
    public static Document fromMap(Map<String, Object> m) {
        Document.Builder b = Document.builder((String) m.get("id"), DocType.fromJson((String) m.get("type")));
        b.title((String) m.get("title"));
        b.url((String) m.get("url"));
        b.sourcePath((String) m.get("sourcePath"));
        b.fetchedAt(m.get("fetchedAt") == null ? null : instant((String) m.get("fetchedAt")));
        b.sample(Boolean.TRUE.equals(m.get("sample")));
        b.topic(Boolean.TRUE.equals(m.get("topic")));
        b.topicMarkers((List<String>) m.get("topicMarkers"));
        b.headnotes((List<String>) m.get("headnotes"));
        b.court((String) m.get("court"));
        b.courtBranch(m.get("courtBranch") == null ? null : CourtBranch.valueOf((String) m.get("courtBranch")));
        b.decisionType((String) m.get("decisionType"));
        b.date(date(m.get("date")));
        b.docket((String) m.get("docket"));
        b.docketNormalized((String) m.get("docketNormalized"));
        b.ecli((String) m.get("ecli"));
        b.procedure(m.get("procedure") == null ? null
                : "urgent".equals(m.get("procedure")) ? Procedure.URGENT : Procedure.MAIN);
        b.city((String) m.get("city"));
        b.outcome(m.get("outcome") == null ? null : Outcome.fromJson((String) m.get("outcome")));
        b.outcomeEvidence((String) m.get("outcomeEvidence"));
        b.tenor((String) m.get("tenor"));
        b.norms((List<String>) m.get("norms"));
        b.euCases((List<String>) m.get("euCases"));
        b.citedDockets((List<String>) m.get("citedDockets"));
        b.lowerCourt((String) m.get("lowerCourt"));
        b.weeklyHours(number(m.get("weeklyHours")));
        b.weeklyHoursMax(number(m.get("weeklyHoursMax")));
        b.monthlyPayEur(number(m.get("monthlyPayEur")));
        b.hourlyWageEur(number(m.get("hourlyWageEur")));
        b.employedSince(date(m.get("employedSince")));
        b.jobType((String) m.get("jobType"));
        b.workerStatus(m.get("workerStatus") == null ? null
                : WorkerStatus.valueOf(((String) m.get("workerStatus")).toUpperCase(java.util.Locale.ROOT)));
        b.workerStatusEvidence((String) m.get("workerStatusEvidence"));
        b.outlet((String) m.get("outlet"));
        b.published(date(m.get("published")));
        b.cities((List<String>) m.get("cities"));
        b.sources((List<String>) m.get("sources"));
        List<Paragraph> paragraphs = new ArrayList<>();
        Object ps = m.get("paragraphs");
        if (ps instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> pm = (Map<String, Object>) o;
                paragraphs.add(new Paragraph((String) pm.get("number"), (String) pm.get("text"),
                        Boolean.TRUE.equals(pm.get("heading"))));
            }
        }
        b.paragraphs(paragraphs);
        b.text((String) m.get("text"));
        return b.build();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        String s = (String) o;
        // Issue 21: every result row reads its dates back; java.time's parsers were 2 % of a search.
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4), mo = digits(s, 5, 7), d = digits(s, 8, 10);
            if (y >= 0 && mo >= 0 && d >= 0) {
                return LocalDate.of(y, mo, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** {@link Instant#parse} of what {@link Instant#toString} wrote ("2026-01-15T12:00:00Z", with or without a fraction), faster. */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z'
                && (n == 20 || (s.charAt(19) == '.' && n >= 22 && n <= 30))) {
            LocalDate day = date(s.substring(0, 10));
            int h = digits(s, 11, 13), mi = digits(s, 14, 16), sec = digits(s, 17, 19);
            int fraction = n == 20 ? 0 : digits(s, 20, n - 1);
            if (h >= 0 && mi >= 0 && sec >= 0 && fraction >= 0) {
                int nanos = fraction * (int) Math.pow(10, 9 - (n - 21));
                return LocalDateTime.of(day, LocalTime.of(h, mi, sec, nanos)).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    /** The decimal number in {@code s[from, to)}, or -1 if it holds anything but digits. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}

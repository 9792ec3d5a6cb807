package de.tenor.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat JSON shape of a {@link Document} (INTERFACE.md): enum values in their API spelling,
 * dates as ISO strings, unknown values as {@code null}. Used for the index's stored copy and
 * for {@code /api/doc/{id}}, so both always agree. Stateless.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /** Field order follows INTERFACE.md so the JSON reads well. */
    public static Map<String, Object> toMap(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("type", d.type().json());
        m.put("title", d.title());
        m.put("url", d.url());
        m.put("sourcePath", d.sourcePath());
        m.put("fetchedAt", str(d.fetchedAt()));
        m.put("sample", d.sample());
        m.put("topic", d.topic());
        m.put("topicMarkers", d.topicMarkers());
        m.put("court", d.ruling().court());
        m.put("courtBranch", d.ruling().courtBranch() == null ? null : d.ruling().courtBranch().json());
        m.put("decisionType", d.ruling().decisionType());
        m.put("date", str(d.ruling().date()));
        m.put("docket", d.ruling().docket());
        m.put("docketNormalized", d.ruling().docketNormalized());
        m.put("ecli", d.ruling().ecli());
        m.put("procedure", d.ruling().procedure() == null ? null : d.ruling().procedure().json());
        m.put("city", d.ruling().city());
        m.put("outcome", d.ruling().outcome() == null ? null : d.ruling().outcome().json());
        m.put("outcomeEvidence", d.ruling().outcomeEvidence());
        m.put("headnotes", d.ruling().headnotes());
        m.put("tenor", d.ruling().tenor());
        m.put("norms", d.references().norms());
        m.put("euCases", d.references().euCases());
        m.put("citedDockets", d.references().dockets());
        m.put("lowerCourt", d.ruling().lowerCourt());
        m.put("weeklyHours", d.employment().weeklyHours());
        m.put("weeklyHoursMax", d.employment().weeklyHoursMax());
        m.put("monthlyPayEur", d.employment().monthlyPayEur());
        m.put("hourlyWageEur", d.employment().hourlyWageEur());
        m.put("employedSince", str(d.employment().employedSince()));
        m.put("jobType", d.employment().jobType());
        m.put("workerStatus", d.employment().workerStatus() == null ? null : d.employment().workerStatus().json());
        m.put("workerStatusEvidence", d.employment().workerStatusEvidence());
        m.put("outlet", d.news().outlet());
        m.put("published", str(d.news().published()));
        m.put("cities", d.news().cities());
        m.put("sources", d.sources()); // issue 16
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("number", p.number());
            pm.put("text", p.text());
            pm.put("heading", p.heading());
            paragraphs.add(pm);
        }
        m.put("paragraphs", paragraphs);
        m.put("text", d.text());
        return m;
    }

    /** Inverse of {@link #toMap}; accepts the map a JSON parser produced from it. */
    @SuppressWarnings("unchecked")
    public static Document fromMap(Map<String, Object> m) {
        Document.Builder b = Document.builder((String) m.get("id"), DocType.fromJson((String) m.get("type")));
        b.title((String) m.get("title"));
        b.url((String) m.get("url"));
        b.sourcePath((String) m.get("sourcePath"));
        b.fetchedAt(m.get("fetchedAt") == null ? null : Instant.parse((String) m.get("fetchedAt")));
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
        return o == null ? null : LocalDate.parse((String) o);
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}

package de.tenor.demo;

import static de.tenor.demo.Texts.csv;

import java.util.List;

/**
 * Writes what the generator intended, for the extractor tests: {@code truth.csv} (metadata and
 * outcome) and {@code truth-facts.csv} (the employment facts behind each ruling).
 */
final class TruthWriter {

    static final String HEADER = "file,type,court,courtBranch,decisionType,date,docket,ecli,procedure,city,outcome,outlet,published";
    static final String FACTS_HEADER = "file,weeklyHours,monthlyPayEur,employedSince,jobType,workerStatus";

    private TruthWriter() {
    }

    static String truth(List<DemoCase> rulings, List<NewsArticle> news) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (DemoCase d : rulings) {
            row(b, d.file(), "ruling", d.court().shortName, d.court().branch.name(), d.decisionType(), d.date().toString(),
                    d.docket(), d.ecli(), d.plan().procedure().json(), d.plan().truthCity(), d.plan().result().json(), "", "");
        }
        for (NewsArticle a : news) {
            row(b, a.file(), "news", "", "", "", "", "", "", "", a.city(), "", a.outlet().name, a.published().toString());
        }
        return b.toString();
    }

    static String facts(List<DemoCase> rulings) {
        StringBuilder b = new StringBuilder(FACTS_HEADER).append('\n');
        for (DemoCase d : rulings) {
            Facts f = d.facts();
            row(b, d.file(), Integer.toString(f.hours), Integer.toString(f.pay), f.jobStart.toString(), f.jobTitle(),
                    d.court() == Court.EUGH ? "open" : f.workerStatus);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csv(cells[i]));
        }
        b.append('\n');
    }
}

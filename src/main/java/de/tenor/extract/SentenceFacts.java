package de.tenor.extract;

import java.time.LocalDate;
import java.util.List;

/** The employment facts one sentence states, before it is judged whose they are. */
record SentenceFacts(List<HoursParser.Hours> hours, List<PayParser.Pay> pay, List<String> jobs, List<JobParser.Start> starts) {

    /** @param text a sentence as {@link FactSentence#clean} returns it; {@code decided} may be null */
    static SentenceFacts in(String text, LocalDate decided) {
        return new SentenceFacts(HoursParser.find(text), PayParser.find(text), JobParser.jobs(text), JobParser.starts(text, decided));
    }

    boolean isEmpty() {
        return hours.isEmpty() && pay.isEmpty() && jobs.isEmpty() && starts.isEmpty();
    }
}

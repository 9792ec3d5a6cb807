package de.tenor.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal data that a published decision must not show, before an uploaded file is
 * stored: names of the parties after "Kläger(in)", "Antragsteller(in)", "des Herrn", "der Frau"
 * (initials such as "M. P." are fine), dates of birth, street addresses, phone numbers and e-mail
 * addresses. It is a safety net, not a guarantee: it reports what it finds with the place, so a
 * person can check and redact. Pure and thread-safe.
 *
 * <p>Deliberately not flagged: one capitalised word after a role ("der Kläger Klage erhoben" is a
 * noun, not a name), and addresses, phone numbers and e-mail addresses of courts and authorities
 * (a court, "Stadt", "Jobcenter" or "Oberbürgermeister" within {@value #INSTITUTION_WINDOW} characters
 * before, or a "poststelle@…" style address).
 */
public final class RedactionCheck {

    /** What kind of personal data a finding is; {@link #label()} is what the user reads. */
    public enum Kind {
        NAME("Name"), BIRTH_DATE("Geburtsdatum"), ADDRESS("Anschrift"), PHONE("Telefonnummer"), EMAIL("E-Mail-Adresse");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One place with personal data.
     *
     * @param text the matched text, e.g. "Ion Popescu"
     * @param offset position of {@code text} in the checked text (0-based characters)
     * @param line line of the checked text (1-based)
     * @param context the surrounding words, on one line
     */
    public record Finding(Kind kind, String text, int offset, int line, String context) {
    }

    static final int INSTITUTION_WINDOW = 120;
    private static final int CONTEXT_CHARS = 40;

    // A name token: capital, then lower-case letters (any script: Romanian ă, ș, ț …), optionally hyphenated.
    private static final String NAME = "[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?";
    private static final Pattern ROLE_NAME = Pattern.compile(
            "\\b(?:Kläger|Antragsteller|Beschwerdeführer|Berufungskläger|Revisionskläger)"
                    + "(?:in|s|innen)?(?:\\(in\\))?\\s*[,:]?\\s+(?:(?:Herr|Herrn|Frau)\\s+)?"
                    + "(" + NAME + "(?:\\s+" + NAME + ")+)");
    /**
     * Issue 16: "Kläger: Popescu, Ion" (surname first, as in a rubrum), and a first name alone
     * ("Klägerin Maria …", "Antragsteller Ion hat") when it is a known first name or the surname
     * was cut off ("…", ",", "(").
     */
    private static final String ROLE = "\\b(?:Kläger|Antragsteller|Beschwerdeführer|Berufungskläger|Revisionskläger)"
            + "(?:in|s|innen)?(?:\\(in\\))?";
    private static final Pattern ROLE_SURNAME_FIRST = Pattern.compile(
            ROLE + "\\s*:\\s*(" + NAME + ",\\s+" + NAME + "(?:\\s+" + NAME + ")?)\\b");
    private static final Pattern ROLE_SINGLE_NAME = Pattern.compile(
            ROLE + "\\s*[,:]?\\s+(?:(?:Herr|Herrn|Frau)\\s+)?(" + NAME + ")(?=\\s*(?:…|\\.\\.\\.|\\(|$)|\\s+\\p{Ll})",
            Pattern.MULTILINE);
    /** Common first names of the people these rulings are about; a capitalised noun after "Kläger" is not among them. */
    private static final Set<String> FIRST_NAMES = Set.of("Ion", "Ioan", "Ana", "Maria", "Elena", "Mihai", "Andrei",
            "Alexandru", "Gheorghe", "Vasile", "Constantin", "Nicolae", "Florin", "Adrian", "Marius", "Ionela", "Ioana",
            "Mariana", "Andreea", "Daniela", "Cristina", "Gabriela", "Florentina", "Georgi", "Ivan", "Dimitar", "Petar",
            "Nikolai", "Stefan", "Ştefan", "Ștefan", "Ivana", "Desislava", "Petya", "Radka", "Emil", "Anna",
            "Piotr", "Krzysztof", "Tomasz", "Marek", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Jan", "Josef",
            "Janos", "János", "Laszlo", "László", "Zoltan", "Zoltán", "Erzsebet", "Erzsébet", "Mehmet", "Ahmet", "Ali",
            "Fatma", "Ayse", "Ayşe", "Peter", "Thomas", "Michael", "Andreas", "Anja", "Sabine", "Julia", "Laura",
            "Sofia", "Sophia", "Milan", "Marko", "Luka", "Nikola", "Jelena", "Dragan", "Vesna", "Giuseppe", "Marco",
            "Francesca", "Giulia", "Antonio", "José", "Jose", "Manuel", "Carmen", "Rosa", "Ahmed", "Mohamed",
            "Mohammed", "Fatima", "Aleksandra", "Ewa", "Olga", "Natalia", "Tatiana", "Roxana", "Raluca", "Bogdan",
            "Costel", "Viorel", "Dorin", "Liviu", "Mircea", "Ionut", "Ionuț", "Alina", "Simona", "Larisa");
    /** Words that stand after a role but are time or quantity, never a name ("der Kläger Mitte März 2014"). */
    private static final Set<String> NOT_NAMES = Set.of("Mitte", "Anfang", "Ende", "Januar", "Februar", "März", "April",
            "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Klage", "Beschwerde",
            "Berufung", "Revision", "Widerspruch", "Antrag", "Anträge", "Leistungen", "Kosten", "Prozesskostenhilfe");
    private static final Pattern SALUTATION_NAME = Pattern.compile(
            // "seine Frau", "die Frau": a wife or a woman, not a salutation (bverwg.de 2 A 7.23: "seine Frau Swinger-Clubs besuchten").
            "(?<!\\b(?:die|eine|seine|ihre|deren|dessen|diese|jede|keine|meine|unsere|jene)\\s)"
                    + "\\b(?:des\\s+Herrn|der\\s+Frau|Herrn?|Frau)\\s+(?:(?:Dr|Prof)\\.\\s+)?(" + NAME + "(?:\\s+" + NAME + ")*)");
    private static final String MONTH = "(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)";
    private static final String DATE = "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d{2}|\\d{1,2}\\.\\s?" + MONTH + "\\s+\\d{4})";
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?:\\bgeb(?:oren|\\.)\\s*(?:am\\s+)?|\\bGeburtsdatum\\s*:?\\s*|\\*\\s?)(" + DATE + ")");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer)"
                    + "|\\p{Lu}[\\p{L}-]*\\s(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring))\\s+\\d{1,4}\\s?[a-zA-Z]?\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\b(?:Tel(?:efon)?|Fax|Mobil|Handy|Rufnummer)\\.?\\s*:?\\s*(\\+?\\d[\\d /().-]{5,}\\d))"
                    + "|(?<![\\w.:/])((?:\\+|00)49[\\s/-]?(?:\\(0\\))?\\d{2,5}[\\s/-]?\\d{3,}(?:[\\s-]\\d{2,})*)"
                    // Not inside a longer number group ("Kassenzeichen 1180 0586 4722").
                    + "|(?<![\\w.:/,])(?<!\\d\\s)(0\\d{2,5}[ /-]\\d{3,}(?:[ -]\\d{2,})*)(?![\\w/.,]\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    /** Words that read like a name after "Frau"/"Herr" but are a function. */
    private static final Set<String> TITLES = Set.of("Rechtsanwalt", "Rechtsanwältin", "Richter", "Richterin",
            "Vorsitzende", "Vorsitzenden", "Vorsitzender", "Oberbürgermeister", "Oberbürgermeisterin", "Bürgermeister",
            "Bürgermeisterin", "Kollege", "Kollegin", "Präsident", "Präsidentin", "Staatssekretär", "Ministerin", "Minister");
    private static final Pattern INSTITUTION = Pattern.compile(
            "gericht|Stadt\\b|Jobcenter|Oberbürgermeister|Landrat|Ausländerbehörde|Bundesagentur|Kreis\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> INSTITUTIONAL_MAILBOXES = Set.of("poststelle", "info", "kontakt", "presse", "post",
            "service", "verwaltung");

    private RedactionCheck() {
    }

    /**
     * Every finding of a document: those in its title (line 0) when the title is not part of the
     * text, then those in the text.
     */
    public static List<Finding> checkDocument(String title, String text) {
        List<Finding> findings = new ArrayList<>();
        if (title != null && !text.contains(title)) {
            check(title).forEach(f -> findings.add(new Finding(f.kind(), f.text(), f.offset(), 0, f.context())));
        }
        findings.addAll(check(text));
        return findings;
    }

    /** Every finding in {@code text}, in reading order. */
    public static List<Finding> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = ROLE_NAME.matcher(text);
        while (m.find()) {
            if (!containsNotName(m.group(1))) {
                add(out, text, Kind.NAME, m.start(1), m.group(1));
            }
        }
        m = ROLE_SURNAME_FIRST.matcher(text);
        while (m.find()) {
            if (!containsNotName(m.group(1))) {
                add(out, text, Kind.NAME, m.start(1), m.group(1));
            }
        }
        m = ROLE_SINGLE_NAME.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            int next = m.end(1);
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            boolean cutOff = next < text.length() && "….(".indexOf(text.charAt(next)) >= 0;
            if (FIRST_NAMES.contains(word) || cutOff && !NOT_NAMES.contains(word) && !word.endsWith("ung")) {
                add(out, text, Kind.NAME, m.start(1), word);
            }
        }
        m = SALUTATION_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String first = name.split("\\s+")[0];
            if (!TITLES.contains(first)) {
                add(out, text, Kind.NAME, m.start(1), name);
            }
        }
        m = BIRTH_DATE.matcher(text);
        while (m.find()) {
            add(out, text, Kind.BIRTH_DATE, m.start(1), m.group(1));
        }
        m = ADDRESS.matcher(text);
        while (m.find()) {
            if (!afterInstitution(text, m.start())) {
                add(out, text, Kind.ADDRESS, m.start(), m.group());
            }
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            if (!afterInstitution(text, m.start())) {
                add(out, text, Kind.PHONE, m.start(g), m.group(g).strip());
            }
        }
        m = EMAIL.matcher(text);
        while (m.find()) {
            if (!institutionalMail(m.group())) {
                add(out, text, Kind.EMAIL, m.start(), m.group());
            }
        }
        out.sort(Comparator.comparingInt(Finding::offset));
        return dedupe(out);
    }

    private static boolean containsNotName(String name) {
        for (String token : name.split("[\\s,]+")) {
            if (NOT_NAMES.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Finding> out, String text, Kind kind, int offset, String match) {
        out.add(new Finding(kind, match, offset, line(text, offset), context(text, offset, match.length())));
    }

    /** The same text found by two rules (e.g. "Kläger Herrn Ion Pop" and "Herrn Ion Pop") is one place. */
    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.kind() == f.kind() && f.offset() < last.offset() + last.text().length()) {
                continue;
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    private static boolean afterInstitution(String text, int offset) {
        String before = text.substring(Math.max(0, offset - INSTITUTION_WINDOW), offset);
        return INSTITUTION.matcher(before).find();
    }

    private static boolean institutionalMail(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        String local = lower.substring(0, lower.indexOf('@'));
        String domain = lower.substring(lower.indexOf('@') + 1);
        return INSTITUTIONAL_MAILBOXES.contains(local) || domain.endsWith(".nrw.de") || domain.endsWith(".bund.de")
                || domain.endsWith("justiz.de") || domain.startsWith("jobcenter");
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String context(String text, int offset, int length) {
        int from = Math.max(0, offset - CONTEXT_CHARS);
        int to = Math.min(text.length(), offset + length + CONTEXT_CHARS);
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
    }
}

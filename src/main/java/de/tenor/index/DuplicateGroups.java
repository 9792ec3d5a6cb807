package de.tenor.index;

import de.tenor.corpus.Capture;
import de.tenor.extract.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 16: one document per decision. The same decision reaches the corpus from several sources
 * (an Open Legal Data record and an upload, a crawled page and an import); rulings with the same
 * ECLI, or the same court, docket and date, are one group. The build indexes every document as it
 * comes, and afterwards replaces each group of two or more by its member with the richest (longest)
 * text, which keeps every member's source. Only the key and the text length of each ruling are
 * kept in memory, so a large corpus costs a few bytes per document. Not thread-safe (one build).
 */
final class DuplicateGroups {

    /**
     * One indexed ruling: its source URI, id, where it came from, how much text it has, and its
     * capture to read it again (null for a source that left the corpus).
     */
    record Member(String uri, String id, String source, int textLength, java.time.Instant fetchedAt, Capture capture) {
    }

    private final Map<String, List<Member>> groups = new HashMap<>();
    private final Map<String, String> groupOfKey = new HashMap<>();

    /**
     * Records an indexed source by what the {@link SourceRecord} kept of it, without extracting it
     * again. News and rulings without identifying metadata (no keys) are never merged.
     */
    void add(Member member, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        // The first key already seen names the group; a key first seen here joins it.
        String group = keys.stream().map(groupOfKey::get).filter(g -> g != null).findFirst().orElse(keys.getFirst());
        keys.forEach(k -> groupOfKey.putIfAbsent(k, group));
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(member);
    }

    /** Every group, single members too, in no particular order. */
    List<List<Member>> all() {
        return List.copyOf(groups.values());
    }

    /** The member whose text is longest; on a tie the first one indexed. */
    static Member richest(List<Member> group) {
        Member best = group.getFirst();
        for (Member m : group) {
            if (m.textLength() > best.textLength()) {
                best = m;
            }
        }
        return best;
    }

    /** Every member's source, the winner's first. */
    static List<String> sources(List<Member> group, Member winner) {
        Set<String> out = new LinkedHashSet<>();
        Optional.ofNullable(winner.source()).ifPresent(out::add);
        group.stream().map(Member::source).filter(s -> s != null).forEach(out::add);
        return List.copyOf(out);
    }

    static String source(Document d) {
        return d.url() != null ? d.url() : d.sourcePath();
    }

    static boolean distinctIds(List<Member> group) {
        return group.stream().map(Member::id).distinct().count() > 1;
    }
}

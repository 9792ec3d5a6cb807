package de.tenor.crawl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body in UTF-8, fields in the order given (a form
 * sends them in document order; keeping it makes our request look like a browser's).
 */
record FormBody(List<Map.Entry<String, String>> fields) {

    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    FormBody {
        fields = List.copyOf(fields);
    }

    /** The same fields plus one more (a pressed submit button). */
    FormBody with(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(fields);
        more.add(Map.entry(name, value));
        return new FormBody(more);
    }

    byte[] encoded() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

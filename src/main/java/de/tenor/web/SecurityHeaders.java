package de.tenor.web;

import io.javalin.http.Context;

/**
 * Response headers that limit what a page can do even if hostile text from a crawled page
 * slipped through escaping: no inline or foreign scripts, no framing, no content sniffing.
 */
final class SecurityHeaders {

    /** Scripts and styles only from this server; no inline script, no plugins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        // Rulings may name people: keep document pages out of search engines unless an operator decides otherwise.
        if (ctx.path().startsWith("/doc/") || ctx.path().startsWith("/api/doc/")) {
            ctx.header("X-Robots-Tag", "noindex, nofollow");
        }
    }
}

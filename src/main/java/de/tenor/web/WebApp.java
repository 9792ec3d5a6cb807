package de.tenor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.Searcher;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web UI and JSON API. {@link #create} wires routes to handlers; nothing is started here.
 * <pre>{@code
 * Javalin app = WebApp.create(searcher, "127.0.0.1").start(7070);
 * }</pre>
 */
public final class WebApp {

    private static final Logger log = LoggerFactory.getLogger(WebApp.class);

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = HtmlSafeJson.mapper();

    private WebApp() {
    }

    public static Javalin create(Searcher searcher, String host) {
        return create(searcher, host, WebConfig.defaults());
    }

    /** With the research tools' settings (issue 7): clock, and the upload route when a token is configured. */
    public static Javalin create(Searcher searcher, String host, WebConfig config) {
        WebApp web = new WebApp();
        SearchRoutes routes = new SearchRoutes(searcher, web);
        CompareRoutes compare = new CompareRoutes(searcher, web);
        ThresholdRoutes thresholds = new ThresholdRoutes(searcher, web);
        CityRoutes cities = new CityRoutes(searcher, web);
        ExportRoutes exports = new ExportRoutes(searcher, web, config.clock());
        return Javalin.create(cfg -> {
            cfg.jetty.host = host;
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/public";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.get("/", routes::searchPage);
            cfg.routes.get("/search", routes::searchPage);
            cfg.routes.get("/doc/{id}", routes::documentPage);
            cfg.routes.get("/api/search", routes::apiSearch);
            cfg.routes.get("/api/doc/{id}", routes::apiDocument);
            cfg.routes.get("/api/suggest", routes::apiSuggest);
            cfg.routes.get("/hilfe", routes::helpPage);
            cfg.routes.get("/health", routes::health);
            // Research tools for NGOs and advisors (issue 7).
            cfg.routes.get("/vergleich", compare::comparePage);
            cfg.routes.get("/schwellen", thresholds::thresholdPage); // issue 11: hours × pay by verdict and city
            cfg.routes.get("/stadt", cities::cityIndex);
            cfg.routes.get("/stadt/{name}", cities::cityPage);
            cfg.routes.get("/export.csv", exports::csv);
            cfg.routes.get("/export.json", exports::json);
            cfg.routes.get("/zitierliste", exports::citationList);
            cfg.routes.get("/feed.atom", exports::feed);
            config.upload().ifPresent(upload -> {
                UploadRoutes uploads = new UploadRoutes(upload, web, searcher);
                long max = upload.maxBodyBytes();
                cfg.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxTotalRequestSize(max + UploadRoutes.MULTIPART_SLACK_BYTES, SizeUnit.BYTES);
                cfg.routes.post("/api/documents", uploads::apiUpload);
                cfg.routes.get("/hochladen", uploads::formPage);
                cfg.routes.post("/hochladen", uploads::formUpload);
            });
            cfg.routes.exception(InvalidQueryException.class, (e, ctx) -> web.badRequest(ctx, e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> web.serverError(ctx, e));
            cfg.routes.error(404, "*", web::notFound);
        });
    }

    /** Every page template takes its record as {@code page} and the request's {@link UiText} as {@code t}. */
    void html(Context ctx, String template, Object model) {
        html(ctx, template, model, UiText.of(ctx));
    }

    void html(Context ctx, String template, Object model, UiText text) {
        StringOutput out = new StringOutput();
        templates.render(template, java.util.Map.of("page", model, "t", text), out);
        ctx.html(out.toString());
    }

    void json(Context ctx, Object value) {
        try {
            // Issue 21: UTF-8 bytes straight from the generator, not a String encoded again.
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON response", e);
        }
    }

    /** Routes whose clients are programs (feed readers, spreadsheets, scripts): errors as JSON, not HTML. */
    private static final java.util.Set<String> MACHINE_ROUTES = java.util.Set.of("/export.csv", "/export.json",
            "/zitierliste", "/feed.atom");

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/health") || MACHINE_ROUTES.contains(ctx.path());
    }

    private void badRequest(Context ctx, String message) {
        ctx.status(400);
        if (isApi(ctx)) {
            json(ctx, JsonViews.error(message, "Syntax: Wörter (UND), \"Phrase\", a OR b, -ausschließen, feld:wert"));
        } else {
            html(ctx, "search.jte", SearchPages.error(ctx.queryParam("q"), message));
        }
    }

    void notFound(Context ctx) {
        ctx.status(404);
        String message = "Unter " + ctx.path() + " gibt es nichts. Vielleicht ist der Link veraltet.";
        if (isApi(ctx)) {
            json(ctx, JsonViews.error(message, "Suchen Sie über /api/search?q=…"));
        } else {
            html(ctx, "error.jte", new ErrorPage(404, "Nicht gefunden", message));
        }
    }

    private void serverError(Context ctx, Exception e) {
        // Logged once with the request; the user sees a plain message, never a stack trace.
        log.error("Request {} {} failed", ctx.method(), ctx.fullUrl(), e);
        ctx.status(500);
        String message = "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.";
        if (isApi(ctx)) {
            json(ctx, JsonViews.error(message, null));
        } else {
            html(ctx, "error.jte", new ErrorPage(500, "Fehler", message));
        }
    }
}

package org.totmon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.function.Function;
import org.eclipse.jetty.server.ServerConnector;
import org.totmon.linker.Regions;
import org.totmon.model.Extraction;
import org.totmon.model.Report;
import org.totmon.store.Store;
import org.totmon.store.StoreException;

/**
 * The analyst's workbench: server-rendered pages and a JSON API under {@code /api} over one open {@link Store}.
 * Binds where {@link WebConfig} says (127.0.0.1 by default); every response carries a Content-Security-Policy that
 * allows scripts, styles and images from this server only (plus the tile server, when one is configured).
 */
public final class WebServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving {@code store}; reports posted to the API are annotated with {@code annotator} (the standard
     * pipeline, in the product) and linked to the stored ones with {@code regions} (the gazetteer's). Reports stored
     * but not linked yet are linked first, and the review queue catches up with them, so that no reader waits for
     * either. Fails when the address cannot be bound.
     */
    public static WebServer start(Store store, Function<Report, Extraction> annotator, Regions regions, WebConfig config) {
        store.link(regions);
        store.reviews().catchUpQueue();
        Catalog catalog = Catalog.of(store);
        String csp = contentSecurityPolicy(config);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxRequestBytes();
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/totmon/web/static";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        HostCheck hosts = HostCheck.of(config);
        app.before(ctx -> {
            // First, so that no page of this request (an error page included) is built in another request's language.
            I18n.use(ctx);
            if (!hosts.allows(ctx.header("Host"))) {
                throw new ApiError(421, "this server answers to the host names " + hosts.names() + " (--allowed-host), not "
                        + ctx.header("Host"));
            }
            ctx.header("Content-Security-Policy", csp);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        app.after(ctx -> I18n.use(null));
        new Api(store, catalog, annotator, regions, config).register(app);
        new Pages(store, catalog, config).register(app);
        new ReviewApi(store, new Writers(store, config)).register(app);
        app.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status, e.getMessage(), e.line));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage(), 0));
        app.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage(), 0));
        // What a user sees of a failure is what went wrong in words; the SQL, classes and stack go to the log.
        app.exception(StoreException.class, (e, ctx) -> {
            log(ctx, e);
            fail(ctx, 503, "the store could not be read or written; nothing of this request was stored, and the server's log has the details", 0);
        });
        app.exception(Exception.class, (e, ctx) -> {
            log(ctx, e);
            fail(ctx, 500, "internal error; the server's log has the details", 0);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) fail(ctx, 404, "no such page: " + ctx.path(), 0);
        });
        app.start(config.host(), config.port());
        return new WebServer(app, config.host());
    }

    private static void log(Context ctx, Exception e) {
        System.err.println("totmon serve: " + ctx.method() + " " + ctx.path() + " failed:");
        e.printStackTrace();
    }

    private static String contentSecurityPolicy(WebConfig config) {
        String tiles = config.tileOrigin() == null ? "" : " " + config.tileOrigin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** A JSON error under /api, an HTML page elsewhere; the message is escaped in both. */
    static void fail(Context ctx, int status, String message, int line) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode o = JSON.createObjectNode();
            o.put("status", status);
            o.put("error", message);
            if (line > 0) o.put("line", line);
            ctx.contentType("application/json").result(o.toString());
        } else {
            String title = I18n.current().t("error.title", status);
            ctx.contentType("text/html; charset=utf-8").result(Html.page(title, "<h1>" + Html.esc(title) + "</h1><p class=\"error\">"
                    + Html.esc(message) + "</p><p>" + Html.link("/", I18n.current().t("error.back")) + "</p>"));
        }
    }

    public int port() {
        return app.port();
    }

    /** The address the server listens on, such as {@code http://127.0.0.1:7070}. */
    public String url() {
        return url(host, port());
    }

    /** The address of a server on {@code host} and {@code port}. */
    public static String url(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The host the listening socket is bound to, as the server reports it. */
    public String boundHost() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getHost();
    }

    @Override
    public void close() {
        app.stop();
    }
}

package org.totmon.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Place;
import org.totmon.store.Account.Role;
import org.totmon.store.AuditEntry;
import org.totmon.store.Corrections;
import org.totmon.store.EntityChange;
import org.totmon.store.ItemKey;
import org.totmon.store.QueueItem;
import org.totmon.store.Review;
import org.totmon.store.ReviewConflictException;
import org.totmon.store.ReviewWrite;
import org.totmon.store.ReviewWrite.Action;
import org.totmon.store.ReviewedReport;
import org.totmon.store.Store;

/**
 * The review API: a report's items with their reviews, review writes (accept, reject, correct; retract and restore a
 * report), bulk writes, the review queue and the audit log (JSON per item, JSONL for all). Writes name their author
 * by the account token they carry ({@link Writers}); a write made from a stale version is refused with 409.
 */
final class ReviewApi {
    private static final int QUEUE_LIMIT = 200;

    private final Store store;
    private final Writers writers;
    ReviewApi(Store store, Writers writers) {
        this.store = store;
        this.writers = writers;
    }

    void register(Javalin app) {
        app.get("/api/review/reports/{id}", ctx -> Api.json(ctx, reportJson(reviewed(store, ctx.pathParam("id")))));
        app.post("/api/review", this::write);
        app.post("/api/review/bulk", this::bulk);
        app.post("/api/reports/{id}/retract", ctx -> retraction(ctx, Action.RETRACT));
        app.post("/api/reports/{id}/restore", ctx -> retraction(ctx, Action.RESTORE));
        app.get("/api/review/queue", this::queue);
        app.get("/api/audit", this::audit);
        app.get("/api/export/audit.jsonl", this::auditJsonl);
        app.post("/api/entities/merge", this::merge);
        app.post("/api/entities/split", this::split);
        app.post("/api/entities/changes/{id}/undo", this::undo);
        app.get("/api/entities/{id}/changes", ctx -> {
            ArrayNode out = Api.JSON.createArrayNode();
            store.entityChanges().of(ctx.pathParam("id")).forEach(c -> out.add(changeJson(c)));
            Api.json(ctx, out);
        });
        app.exception(ReviewConflictException.class, (e, ctx) -> WebServer.fail(ctx, 409, e.getMessage(), 0));
        app.exception(NoSuchElementException.class, (e, ctx) -> WebServer.fail(ctx, 404, e.getMessage(), 0));
    }

    static ReviewedReport reviewed(Store store, String id) {
        return store.reviews().reviewed(id).orElseThrow(() -> new ApiError(404, "no report with id " + id));
    }

    private static ObjectNode body(Context ctx) {
        try {
            JsonNode n = Api.JSON.readTree(ctx.body());
            if (n instanceof ObjectNode o) return o;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        throw new ApiError(400, "the body must be a JSON object");
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new ApiError(400, "\"" + field + "\" must be a text");
        return n.asText();
    }

    private static int version(ObjectNode o) {
        JsonNode n = o.get("version");
        if (n == null || !n.canConvertToInt()) throw new ApiError(400, "\"version\" is missing: the version of the item's review you saw (0 when none)");
        return n.asInt();
    }

    private static Action action(ObjectNode o) {
        String a = text(o, "action");
        if (a == null) throw new ApiError(400, "\"action\" is missing: accept, reject or correct");
        return Action.of(a);
    }

    private static ItemKey key(String key) {
        return ItemKey.parse(key);
    }

    /** {@code {"item": KEY, "action": "accept|reject|correct", "version": N, "fields": {...}, "reason": "..."}} */
    private void write(Context ctx) {
        ObjectNode o = body(ctx);
        Action action = action(o);
        String author = writers.author(ctx, Role.REVIEWER);
        Review r = store.reviews().write(new ReviewWrite(key(text(o, "item")), action, version(o), o.get("fields"), text(o, "reason"), author));
        Api.json(ctx, reviewJson(r));
    }

    /** {@code {"action": "accept|reject", "reason": "...", "items": [{"item": KEY, "version": N}, ...]}}: each item on its own. */
    private void bulk(Context ctx) {
        ObjectNode o = body(ctx);
        Action action = action(o);
        if (action != Action.ACCEPT && action != Action.REJECT) throw new ApiError(400, "bulk actions are accept and reject");
        String author = writers.author(ctx, Role.REVIEWER);
        JsonNode items = o.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) throw new ApiError(400, "\"items\" must be a list of {\"item\", \"version\"}");
        ArrayNode out = Api.JSON.createArrayNode();
        for (JsonNode n : items) {
            if (!(n instanceof ObjectNode item)) throw new ApiError(400, "each of \"items\" must be an object");
            ObjectNode result = out.addObject();
            result.put("item", text(item, "item"));
            try {
                Review r = store.reviews().write(new ReviewWrite(key(text(item, "item")), action, version(item), null, text(o, "reason"), author));
                result.put("status", 200).set("review", reviewJson(r));
            } catch (ReviewConflictException e) {
                result.put("status", 409).put("error", e.getMessage());
            } catch (NoSuchElementException e) {
                result.put("status", 404).put("error", e.getMessage());
            }
        }
        Api.json(ctx, out);
    }

    /** {@code {"version": N, "reason": "..."}}; admins only. */
    private void retraction(Context ctx, Action action) {
        ObjectNode o = body(ctx);
        String author = writers.author(ctx, Role.ADMIN);
        Review r = store.reviews().write(new ReviewWrite(ItemKey.report(ctx.pathParam("id")), action, version(o), null, text(o, "reason"), author));
        Api.json(ctx, reviewJson(r));
    }

    /** {@code {"entity": NAME, "into": NAME, "reason": "..."}}: the first entity joins the second in every report. */
    private void merge(Context ctx) {
        ObjectNode o = body(ctx);
        String author = writers.author(ctx, Role.REVIEWER);
        Api.json(ctx, changeJson(store.entityChanges().merge(text(o, "entity"), text(o, "into"), text(o, "reason"), author)));
    }

    /** {@code {"entity": NAME, "reports": [ID, ...], "name": NEW, "reason": "..."}}: in those reports the entity is NEW. */
    private void split(Context ctx) {
        ObjectNode o = body(ctx);
        String author = writers.author(ctx, Role.REVIEWER);
        JsonNode reports = o.get("reports");
        if (reports == null || !reports.isArray()) throw new ApiError(400, "\"reports\" must be a list of report ids");
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode r : reports) {
            if (!r.isTextual()) throw new ApiError(400, "each of \"reports\" must be a report id");
            ids.add(r.asText());
        }
        Api.json(ctx, changeJson(store.entityChanges().split(text(o, "entity"), ids, text(o, "name"), text(o, "reason"), author)));
    }

    /** {@code {"reason": "..."}}: the change's names are as they were before it. */
    private void undo(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) throw new ApiError(404, "no entity change " + id);
        ObjectNode o = ctx.body().isBlank() ? Api.JSON.createObjectNode() : body(ctx);
        String author = writers.author(ctx, Role.REVIEWER);
        Api.json(ctx, changeJson(store.entityChanges().undo(Long.parseLong(id), text(o, "reason"), author)));
    }

    static ObjectNode changeJson(EntityChange c) {
        ObjectNode o = Api.JSON.createObjectNode();
        o.put("id", c.id());
        o.put("action", c.action().label());
        o.put("entity", c.entity());
        o.put(c.action() == EntityChange.Action.MERGE ? "into" : "name", c.target());
        if (c.action() == EntityChange.Action.SPLIT) o.put("reports", c.reports());
        o.put("reason", c.reason());
        o.put("author", c.author());
        o.put("at", c.at().toString());
        o.put("undone_by", c.undoneBy());
        o.put("undone_at", c.undoneAt() == null ? null : c.undoneAt().toString());
        return o;
    }

    /** {@code ?after=POSITION}: the page after that item ({@code position} of the last item of a page). */
    private void queue(Context ctx) {
        ArrayNode out = Api.JSON.createArrayNode();
        for (QueueItem q : queue(store, SearchService.param(ctx, "after"), QUEUE_LIMIT)) {
            out.addObject().put("item", q.key().toString()).put("kind", q.key().kind().label()).put("report", q.key().reportId())
                    .put("text", q.text()).put("report_title", q.reportTitle()).put("disputed", q.disputed())
                    .put("low_confidence", q.lowConfidence()).put("told_by", q.toldBy()).put("position", q.position());
        }
        Api.json(ctx, out);
    }

    /** A page of the review queue; a bad {@code after} is a 400. */
    static java.util.List<QueueItem> queue(Store store, String after, int limit) {
        try {
            return store.reviews().queue(after, limit);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    /** {@code ?item=KEY}: that item's entries; {@code ?report=ID}: a report's; else the latest 200. */
    private void audit(Context ctx) {
        String item = SearchService.param(ctx, "item");
        String report = SearchService.param(ctx, "report");
        ArrayNode out = Api.JSON.createArrayNode();
        var entries = item != null ? store.reviews().audit(key(item))
                : report != null ? store.reviews().auditOfReport(report) : store.reviews().latest(0, QUEUE_LIMIT);
        for (AuditEntry e : entries) out.add(e.toJson());
        Api.json(ctx, out);
    }

    private void auditJsonl(Context ctx) throws IOException {
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"totmon-audit.jsonl\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        store.reviews().exportAudit(e -> {
            try {
                w.write(e.toJson().toString());
                w.write('\n');
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        w.flush();
    }

    static ObjectNode reviewJson(Review r) {
        ObjectNode o = Api.JSON.createObjectNode();
        if (r == null) return o.put("status", Review.UNREVIEWED).put("version", 0);
        o.put("item", r.key().toString());
        o.put("status", r.status().label());
        o.put("version", r.version());
        o.put("author", r.author());
        o.put("updated_at", r.updatedAt().toString());
        o.put("reason", r.reason());
        if (r.correction() != null) o.set("correction", r.correction());
        return o;
    }

    /** The report's items with their reviews, the orphaned reviews, and whether the report is retracted. */
    static ObjectNode reportJson(ReviewedReport r) {
        ObjectNode o = Api.JSON.createObjectNode();
        o.put("id", r.id());
        o.put("retracted", r.retracted());
        o.set("retraction", reviewJson(r.retracted() ? r.retraction() : null));
        ArrayNode items = o.putArray("items");
        for (ReviewedReport.Item i : r.items()) {
            ObjectNode n = items.addObject();
            n.put("item", i.key().toString());
            n.put("kind", i.key().kind().label());
            n.put("text", label(i.machine()));
            n.put("status", i.status());
            n.put("version", i.review() == null ? 0 : i.review().version());
            n.set("machine", Corrections.fields(i.machine()));
            n.set("current", Corrections.fields(i.current()));
            n.set("review", reviewJson(i.review()));
        }
        ArrayNode orphans = o.putArray("orphans");
        for (Review v : r.orphans()) orphans.add(reviewJson(v));
        return o;
    }

    /** What a person reads to know the item: a claim's or event's quote, an entity's or place's name. */
    static String label(Object item) {
        if (item instanceof Claim k) return k.text();
        if (item instanceof Event e) return e.text();
        if (item instanceof Entity e) return e.name();
        if (item instanceof Place p) return p.name();
        return null;
    }
}

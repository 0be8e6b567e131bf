package org.totmon.web;

import static org.totmon.web.Html.esc;
import static org.totmon.web.Html.link;
import static org.totmon.web.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Place;
import org.totmon.store.AuditEntry;
import org.totmon.store.Corrections;
import org.totmon.store.EntityChange;
import org.totmon.store.EntityChanges;
import org.totmon.store.ItemKey;
import org.totmon.store.QueueItem;
import org.totmon.store.Review;
import org.totmon.store.ReviewedReport;
import org.totmon.store.Store;

/**
 * The reviewer's pages: the review section of a report page (every item with its status, buttons, a correction form
 * and its audit entries; operated with the keyboard alone by /static/review.js), the review queue with bulk actions,
 * and the audit log. Every value from a report is escaped; writes go through the review API with the account token
 * the reviewer gives once per browser tab.
 */
final class ReviewPages {
    static final String SCRIPT = "/static/review.js";
    /** What {@link #SCRIPT} says, in the page's language: {@code review.js.NAME}, given it as the login form's data-NAME. */
    private static final List<String> SCRIPT_MESSAGES = List.of("token_set", "token_none", "need_token", "conflict", "error", "why_reject",
            "why_retract", "why_reject_many", "need_reason", "nothing_changed", "tick_first", "not_saved", "split_tick_first");
    private static final int QUEUE_LIMIT = 200;
    private static final int AUDIT_PAGE = 100;

    private final Store store;

    ReviewPages(Store store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/review", this::queuePage);
        app.get("/audit", this::auditPage);
    }

    /** Where the reviewer gives their token: kept in the tab's sessionStorage, sent as the Authorization header. */
    static String login() {
        I18n t = I18n.current();
        StringBuilder said = new StringBuilder();
        for (String m : SCRIPT_MESSAGES) said.append(" data-").append(m.replace('_', '-')).append("=\"").append(esc(t.t("review.js." + m))).append('"');
        return "<form class=\"login\" id=\"login\"" + said + "><label>" + esc(t.t("review.token")) + " <input type=\"password\" id=\"token\" autocomplete=\"off\"></label>"
                + " <button type=\"submit\" id=\"use-token\">" + esc(t.t("review.use")) + "</button> <span id=\"who\" class=\"n\"></span></form>"
                + "<p class=\"message\" id=\"review-message\" role=\"status\" aria-live=\"polite\"></p>";
    }

    /** The review section of report {@code r}'s page. */
    String reportSection(ReviewedReport r) {
        StringBuilder b = new StringBuilder("<section class=\"review\" id=\"review\" data-report=\"").append(esc(r.id())).append("\">");
        I18n t = I18n.current();
        b.append("<h2>").append(esc(t.t("review.title"))).append("</h2>").append(login());
        b.append("<p class=\"note\">").append(esc(t.t("review.keys"))).append(' ').append(link("/review", t.t("review.queue_link"))).append("</p>");
        Review retraction = r.retraction();
        Review last = store.reviews().ofReport(r.id()).get(ItemKey.report(r.id()).toString());
        int version = last == null ? 0 : last.version();
        if (retraction != null) {
            b.append("<p class=\"retracted\" id=\"retracted\"><strong>").append(esc(t.t("review.retracted"))).append("</strong> ")
                    .append(esc(t.t("review.retracted.by", retraction.author(), retraction.updatedAt(), retraction.reason()))).append("</p>")
                    .append("<button type=\"button\" id=\"restore\" data-version=\"").append(version).append("\">").append(esc(t.t("review.restore"))).append("</button>");
        } else {
            b.append("<button type=\"button\" id=\"retract\" data-version=\"").append(version).append("\">").append(esc(t.t("review.retract"))).append("</button>");
        }
        Map<String, List<AuditEntry>> audit = new java.util.HashMap<>();
        for (AuditEntry e : store.reviews().auditOfReport(r.id())) audit.computeIfAbsent(e.itemKey(), k -> new ArrayList<>()).add(e);
        b.append("<table class=\"review-items\" id=\"review-items\"><tr>" + Pages.headers("review.col.item", "review.col.status", "col.evidence", "review.col.values", "col.review") + "</tr>");
        int n = 0;
        for (ReviewedReport.Item i : r.items()) {
            String key = i.key().toString();
            b.append("<tr class=\"review-item\" tabindex=\"0\" id=\"item-").append(n++).append("\" data-key=\"").append(esc(key))
                    .append("\" data-version=\"").append(i.review() == null ? 0 : i.review().version()).append("\"><td>")
                    .append(esc(i.key().kind().label())).append("</td><td>").append(status(i.status()));
            if (i.review() != null) {
                b.append("<br><span class=\"n\">").append(esc(t.t("review.by", t.label("review_status", i.review().status().label()), i.review().author())))
                        .append(i.review().reason() == null ? "" : ": " + esc(i.review().reason())).append("</span>");
            }
            b.append("</td><td class=\"quote\">").append(esc(ReviewApi.label(i.machine()))).append("</td><td class=\"values\">")
                    .append(values(i.current())).append("</td><td>")
                    .append("<button type=\"button\" data-act=\"accept\">").append(esc(t.t("review.accept"))).append("</button> <button type=\"button\" data-act=\"reject\">")
                    .append(esc(t.t("review.reject"))).append("</button> <button type=\"button\" data-act=\"correct\">").append(esc(t.t("review.correct"))).append("</button>")
                    .append(form(i.current()));
            List<AuditEntry> entries = audit.get(key);
            if (entries != null) b.append(auditList(entries));
            b.append("</td></tr>");
        }
        b.append("</table>");
        if (!r.orphans().isEmpty()) {
            b.append("<h3>").append(esc(t.t("review.orphans"))).append("</h3><p class=\"note\">").append(esc(t.t("review.orphans.note"))).append("</p><ul id=\"orphans\">");
            for (Review o : r.orphans()) {
                b.append("<li>").append(esc(o.key())).append(" — ").append(esc(t.t("review.by", t.label("review_status", o.status().label()), o.author())))
                        .append(o.reason() == null ? "" : ": " + esc(o.reason())).append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</section>").toString();
    }

    /**
     * The merge and split section of an entity's page: merge it into another entity, split the ticked reports (of the
     * page shown) off to a new entity, and the history of both with an undo for what is in force.
     */
    String entitySection(String name, List<Catalog.ReportInfo> reports) {
        I18n t = I18n.current();
        StringBuilder b = new StringBuilder("<section class=\"review\" id=\"entity-review\" data-entity=\"").append(esc(name)).append("\">");
        b.append("<h2>").append(esc(t.t("entity.review.title"))).append("</h2>").append(login());
        b.append("<p class=\"note\">").append(esc(t.t("entity.review.note"))).append("</p>");
        b.append("<form id=\"merge\" class=\"entity-form\"><label>").append(esc(t.t("entity.merge.into"))).append(" <input name=\"into\" id=\"merge-into\" required></label> ")
                .append("<label>").append(esc(t.t("review.why"))).append(" <input name=\"reason\"></label> <button type=\"submit\">")
                .append(esc(t.t("entity.merge"))).append("</button></form>");
        b.append("<form id=\"split\" class=\"entity-form\"><fieldset><legend>").append(esc(t.t("entity.split.reports"))).append("</legend><ul class=\"split-reports\">");
        for (Catalog.ReportInfo r : reports) {
            b.append("<li><label><input type=\"checkbox\" name=\"report\" value=\"").append(esc(r.id())).append("\"> ").append(esc(r.label()))
                    .append(" <span class=\"n\">").append(esc(r.published())).append("</span></label></li>");
        }
        b.append("</ul></fieldset><label>").append(esc(t.t("entity.split.name"))).append(" <input name=\"name\" id=\"split-name\" required></label> ")
                .append("<label>").append(esc(t.t("review.why"))).append(" <input name=\"reason\"></label> <button type=\"submit\">")
                .append(esc(t.t("entity.split"))).append("</button></form>");
        List<EntityChange> changes = store.entityChanges().of(name);
        b.append("<h3>").append(esc(t.t("entity.history"))).append("</h3>");
        if (changes.isEmpty()) b.append("<p class=\"none\" id=\"entity-history-none\">").append(esc(t.t("entity.history.none"))).append("</p>");
        else {
            b.append("<table id=\"entity-history\"><tr>").append(Pages.headers("col.when", "audit.col.who", "audit.col.action", "audit.col.change", "review.col.why"))
                    .append("<th></th></tr>");
            for (EntityChange c : changes) {
                String what = t.t(c.action() == EntityChange.Action.MERGE ? "entity.merged" : "entity.split_off", c.entity(), c.target(), c.reports());
                b.append("<tr><td>").append(esc(c.at())).append("</td><td>").append(esc(c.author())).append("</td><td>")
                        .append(esc(t.label("entity_change", c.action().label()))).append("</td><td>")
                        .append(link("/entities/" + url(c.action() == EntityChange.Action.MERGE ? c.entity() : c.target()), what)).append("</td><td>")
                        .append(esc(c.reason())).append("</td><td>");
                if (c.undone()) b.append("<span class=\"n\">").append(esc(t.t("entity.undone", c.undoneBy(), c.undoneAt()))).append("</span>");
                else b.append("<button type=\"button\" class=\"undo\" data-change=\"").append(c.id()).append("\">").append(esc(t.t("entity.undo"))).append("</button>");
                b.append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.append("</section>").toString();
    }

    static String status(String status) {
        return "<span class=\"status status-" + esc(status) + "\">" + esc(I18n.current().label("status", status)) + "</span>";
    }

    /** The item's correctable values, one line. */
    private static String values(Object item) {
        List<String> parts = new ArrayList<>();
        ObjectNode f = Corrections.fields(item);
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("mentions") || e.getValue().isNull()) continue;
            JsonNode v = e.getValue();
            String shown = v.isTextual() ? v.asText() : v.isFloatingPointNumber() ? num(v.asDouble()) : v.toString();
            if (v.isArray()) {
                List<String> names = new ArrayList<>();
                v.forEach(n -> names.add(n.asText()));
                shown = names.isEmpty() ? "none" : String.join(", ", names);
            }
            parts.add(e.getKey() + ": " + shown);
        }
        return esc(String.join(" · ", parts));
    }

    /** The correction form of an item, hidden until the reviewer opens it; each input knows its field and type. */
    private static String form(Object item) {
        StringBuilder b = new StringBuilder("<form class=\"correct\" hidden>");
        if (item instanceof Claim k) {
            input(b, "value", "number", num(k.value()));
            input(b, "value_max", "number?", k.valueMax() == null ? "" : num(k.valueMax()));
            select(b, "qualifier", "text?", k.qualifier(), "", "exact", "approx", "at_least", "more_than", "at_most", "less_than", "range");
            input(b, "unit", "text?", k.unit());
            input(b, "subject", "text?", k.subject());
            input(b, "claimant", "text?", k.claimant());
            select(b, "claimant_side", "text", k.claimantSide() == null ? "unknown" : k.claimantSide().label(), "occupation", "ukraine", "third_party", "unknown");
            b.append("<label>hedged <input type=\"checkbox\" name=\"hedged\" data-type=\"bool\" data-orig=\"").append(k.hedged())
                    .append("\"").append(k.hedged() ? " checked" : "").append("></label> ");
        } else if (item instanceof Event e) {
            input(b, "type", "text", e.type());
            input(b, "date", "text?", e.date());
            input(b, "place", "text?", e.place());
            input(b, "actors", "list", String.join("; ", e.actors()));
        } else if (item instanceof Entity e) {
            input(b, "name", "text", e.name());
            select(b, "type", "text", e.type().name(), "PERSON", "ORGANIZATION");
            input(b, "split_name", "text?", "");
            input(b, "split_mentions", "ints", "");
            b.append("<span class=\"n\">").append(esc(I18n.current().t("review.mentions_at"))).append(' ').append(esc(String.join(", ", e.mentions().stream()
                    .map(m -> m.start() + " " + m.text()).toList()))).append("</span> ");
        } else if (item instanceof Place p) {
            input(b, "name", "text", p.name());
            select(b, "kind", "text", p.kind().label(), "country", "region", "settlement", "other");
            input(b, "lat", "number", num(p.lat()));
            input(b, "lon", "number", num(p.lon()));
            input(b, "geonames_id", "number?", p.geonamesId() == null ? "" : p.geonamesId().toString());
        }
        b.append("<input name=\"reason\" data-type=\"reason\" placeholder=\"").append(esc(I18n.current().t("review.why"))).append("\"> <button type=\"submit\">")
                .append(esc(I18n.current().t("review.save"))).append("</button></form>");
        return b.toString();
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void input(StringBuilder b, String name, String type, String value) {
        b.append("<label>").append(esc(name)).append(" <input name=\"").append(esc(name)).append("\" data-type=\"").append(type)
                .append("\" data-orig=\"").append(esc(value)).append("\" value=\"").append(esc(value)).append("\"></label> ");
    }

    private static void select(StringBuilder b, String name, String type, String value, String... options) {
        b.append("<label>").append(esc(name)).append(" <select name=\"").append(esc(name)).append("\" data-type=\"").append(type)
                .append("\" data-orig=\"").append(esc(value == null ? "" : value)).append("\">");
        for (String o : options) {
            b.append("<option").append(o.equals(value == null ? "" : value) ? " selected" : "").append(">").append(esc(o)).append("</option>");
        }
        b.append("</select></label> ");
    }

    private static String auditList(List<AuditEntry> entries) {
        StringBuilder b = new StringBuilder("<details class=\"audit\"><summary>").append(esc(I18n.current().t("review.history", entries.size()))).append("</summary><ol>");
        for (AuditEntry e : entries) b.append("<li>").append(auditLine(e)).append("</li>");
        return b.append("</ol></details>").toString();
    }

    private static String auditLine(AuditEntry e) {
        return esc(e.at()) + " <strong>" + esc(e.author()) + "</strong> " + esc(e.action()) + (e.reason() == null ? "" : " — “" + esc(e.reason()) + "”")
                + " <span class=\"n\">" + esc(changed(e)) + "</span>";
    }

    /** What changed, field by field, from the entry's before and after states. */
    static String changed(AuditEntry e) {
        List<String> parts = new ArrayList<>();
        String from = e.before() == null ? Review.UNREVIEWED : e.before().path("status").asText();
        parts.add(from + " → " + e.after().path("status").asText());
        JsonNode before = e.before() == null ? null : e.before().get("fields");
        JsonNode after = e.after().get("fields");
        if (before != null && after != null) {
            for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!after.get(f).equals(before.get(f))) parts.add(f + ": " + before.get(f) + " → " + after.get(f));
            }
        }
        return String.join("; ", parts);
    }

    private void queuePage(Context ctx) {
        I18n t = I18n.current();
        String after = SearchService.param(ctx, "after");
        List<QueueItem> queue = ReviewApi.queue(store, after, QUEUE_LIMIT);
        StringBuilder b = new StringBuilder("<h1>").append(esc(t.t("review.queue"))).append("</h1>").append(login());
        b.append("<p class=\"note\">").append(esc(t.t("review.queue.note"))).append("</p>");
        b.append("<p><button type=\"button\" id=\"bulk-accept\">" + esc(t.t("review.accept_ticked")) + "</button> <button type=\"button\" id=\"bulk-reject\">"
                + esc(t.t("review.reject_ticked")) + "</button>"
                + " <label><input type=\"checkbox\" id=\"tick-all\"> " + esc(t.t("review.tick_all")) + "</label></p>");
        if (queue.isEmpty()) b.append("<p class=\"none\" id=\"queue-empty\">").append(esc(t.t("review.queue.empty"))).append("</p>");
        b.append("<table class=\"queue\" id=\"queue\"><tr><th></th>" + Pages.headers("review.col.item", "review.col.why", "col.evidence", "col.report") + "</tr>");
        int n = 0;
        for (QueueItem q : queue) {
            List<String> why = new ArrayList<>();
            if (q.disputed()) why.add(t.t("review.why.disputed"));
            if (q.lowConfidence()) why.add(t.t("review.why.low"));
            if (q.toldBy() > 1) why.add(t.t(q.key().kind() == ItemKey.Kind.CLAIM ? "review.why.group" : "review.why.told", q.toldBy()));
            b.append("<tr class=\"review-item queue-item\" tabindex=\"0\" id=\"item-").append(n++).append("\" data-key=\"").append(esc(q.key()))
                    .append("\" data-version=\"0\"><td><input type=\"checkbox\" class=\"tick\" aria-label=\"").append(esc(t.t("review.tick"))).append("\"></td><td>").append(esc(q.key().kind().label()))
                    .append("</td><td>").append(esc(String.join(", ", why))).append("</td><td class=\"quote\">").append(esc(q.text()))
                    .append("</td><td>").append(link("/reports/" + url(q.key().reportId()) + "#review", q.reportTitle() == null ? q.key().reportId() : q.reportTitle()))
                    .append("</td></tr>");
        }
        b.append("</table>");
        if (queue.size() == QUEUE_LIMIT) {
            b.append("<p>").append(link("/review?after=" + url(queue.get(queue.size() - 1).position()), t.t("review.queue.next"))).append("</p>");
        }
        html(ctx, Html.page(t.t("review.queue"), b.toString(), SCRIPT));
    }

    private void auditPage(Context ctx) {
        long before = 0;
        String from = SearchService.param(ctx, "before");
        if (from != null) {
            if (!from.matches("\\d{1,18}")) throw new ApiError(400, "parameter \"before\" must be an audit entry number, not " + from);
            before = Long.parseLong(from);
        }
        List<AuditEntry> entries = store.reviews().latest(before, AUDIT_PAGE);
        I18n t = I18n.current();
        StringBuilder b = new StringBuilder("<h1>").append(esc(t.t("audit.title"))).append("</h1><p class=\"note\">").append(esc(t.t("audit.note"))).append(' ')
                .append(link("/api/export/audit.jsonl", t.t("audit.jsonl"))).append(".</p>");
        if (entries.isEmpty()) b.append("<p class=\"none\">").append(esc(t.t("audit.empty"))).append("</p>");
        b.append("<table class=\"audit-log\" id=\"audit\"><tr><th>#</th>" + Pages.headers("col.when", "audit.col.who", "audit.col.action", "review.col.item", "audit.col.change", "review.col.why") + "</tr>");
        for (AuditEntry e : entries) {
            ItemKey key = ItemKey.parse(e.itemKey());
            // Entities across the record are keyed by name in every report: their page is the entity's.
            String where = EntityChanges.acrossRecord(key) ? "/entities/" + url(key.name()) : "/reports/" + url(key.reportId()) + "#review";
            b.append("<tr><td>").append(e.id()).append("</td><td>").append(esc(e.at())).append("</td><td>").append(esc(e.author()))
                    .append("</td><td>").append(esc(e.action())).append("</td><td>").append(link(where, e.itemKey()))
                    .append("</td><td>").append(esc(changed(e))).append("</td><td>").append(esc(e.reason())).append("</td></tr>");
        }
        b.append("</table>");
        if (entries.size() == AUDIT_PAGE) {
            b.append("<p>").append(link("/audit?before=" + entries.get(entries.size() - 1).id(), t.t("audit.older"))).append("</p>");
        }
        html(ctx, Html.page(t.t("audit.title"), b.toString()));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}

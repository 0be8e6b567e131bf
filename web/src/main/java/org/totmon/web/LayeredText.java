package org.totmon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.totmon.model.Claim;
import org.totmon.model.Entity;
import org.totmon.model.Event;
import org.totmon.model.Extraction;
import org.totmon.model.Mention;
import org.totmon.model.Place;
import org.totmon.model.TextSpan;
import org.totmon.model.TimeMention;

/**
 * A report's text as HTML with every layer marked: the text is cut wherever a layer's span starts or ends, and each
 * piece is one {@code <span>} carrying a class per layer covering it ({@code l-entity}, {@code l-place},
 * {@code l-time}, {@code l-claim}, {@code l-event}, {@code l-boilerplate}) and what they are in its title. Layers
 * overlap freely; the page's script hides a layer by a class on the container. Every piece of text is escaped.
 */
final class LayeredText {
    static final List<String> LAYERS = List.of("entity", "place", "time", "claim", "event", "boilerplate");

    private record Span(int start, int end, String layer, String label) {}

    private LayeredText() {}

    static String render(String text, Extraction x) {
        List<Span> spans = new ArrayList<>();
        for (Entity e : x.entities()) for (Mention m : e.mentions()) spans.add(new Span(m.start(), m.end(), "entity", e.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.name()));
        for (Place p : x.places()) for (Mention m : p.mentions()) spans.add(new Span(m.start(), m.end(), "place", p.kind().label() + ": " + p.name()));
        for (TimeMention t : x.times()) spans.add(new Span(t.start(), t.end(), "time", "time: " + t.value()));
        for (Claim c : x.claims()) spans.add(new Span(c.start(), c.end(), "claim", "claim: " + Pages.figure(c) + " by " + c.claimant()));
        for (Event e : x.events()) spans.add(new Span(e.start(), e.end(), "event", "event: " + e.type() + " (" + e.modality().label() + ")"));
        for (TextSpan b : x.boilerplate()) spans.add(new Span(b.start(), b.end(), "boilerplate", "boilerplate"));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) {
            cuts.add(Math.min(s.start(), text.length()));
            cuts.add(Math.min(s.end(), text.length()));
        }
        StringBuilder sb = new StringBuilder(text.length() * 2);
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = Html.esc(text.substring(from, to));
            StringBuilder classes = new StringBuilder(), labels = new StringBuilder();
            for (String layer : LAYERS) {
                for (Span s : spans) {
                    if (!s.layer().equals(layer) || s.start() > from || s.end() < to) continue;
                    if (classes.indexOf("l-" + layer + " ") < 0) classes.append("l-").append(layer).append(' ');
                    labels.append(labels.length() > 0 ? "; " : "").append(s.label());
                }
            }
            if (classes.length() == 0) sb.append(piece);
            else sb.append("<span class=\"").append(classes.toString().strip()).append("\" title=\"").append(Html.esc(labels)).append("\">").append(piece).append("</span>");
        }
        return sb.toString();
    }
}

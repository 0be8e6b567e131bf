package org.totmon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.totmon.model.Claim;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Pipeline;
import org.totmon.pipeline.attribution.AttributionAnnotator;
import org.totmon.pipeline.attribution.SideCues;
import picocli.CommandLine.Command;

/** Writes every claim's claimant with the cues a trained side decision reads: the input, once labelled, of `train-sides`. */
@Command(name = "side-candidates", mixinStandardHelpOptions = true,
        description = "Write the claims that have a claimant of a JSONL file of reports (benchmark input format), one JSON object a "
                + "line: the report's id, the claim's index among the report's claims (as `extract` writes them), value, "
                + "claimant, the rules' side and its reason, whether a registry gave it (registry), and the claimant's cues "
                + "(features). Label each with \"side\" (bench/side_model.py does, by the scorer's matching) to train a side "
                + "model with `train-sides`.")
public final class SideCandidatesCommand extends CandidatesCommand {
    private AttributionAnnotator attribution;

    @Override
    Pipeline pipeline() {
        List<Annotator> annotators = Pipeline.standardAnnotators();
        attribution = (AttributionAnnotator) annotators.stream().filter(a -> a instanceof AttributionAnnotator).findFirst().orElseThrow();
        return new Pipeline(annotators);
    }

    @Override
    List<ObjectNode> candidates(Document doc) {
        Map<String, SideCues.Speaker> speakers = attribution.speakers(doc);
        List<Claim> claims = doc.claims();
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            SideCues.Speaker s = c.claimant() == null ? null : speakers.get(c.claimant());
            if (s == null) continue;
            ObjectNode o = JSON.createObjectNode();
            o.put("id", doc.report().id());
            o.put("claim", i);
            o.put("value", c.value());
            o.put("claimant", c.claimant());
            o.put("rule_side", c.claimantSide().name().toLowerCase(Locale.ROOT));
            o.put("reason", c.sideReason());
            o.put("registry", s.registry());
            s.features().forEach(o.putArray("features")::add);
            out.add(o);
        }
        return out;
    }
}

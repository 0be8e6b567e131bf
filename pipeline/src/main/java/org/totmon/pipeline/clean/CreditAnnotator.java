package org.totmon.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totmon.model.TextSpan;
import org.totmon.pipeline.Annotator;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.Layer;
import org.totmon.pipeline.entity.GivenNames;

/**
 * Marks the spans that credit the report's makers or point elsewhere: credit lines, bylines, agency photo credits,
 * an author's name on its own line, the list under "Read also:", a donor's notice. Their names are no entities of
 * the report.
 */
public final class CreditAnnotator implements Annotator {
    private final GivenNames givenNames;

    public CreditAnnotator(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Layer produces() {
        return Layer.CREDITS;
    }

    @Override
    public void annotate(Document doc) {
        doc.credits().addAll(creditSpans(doc.text()));
    }

    /** A line that credits the report's makers: "By Anna Shevchenko", "Автор: …", "Текст: …", "(Reporting by …; Editing by …)". */
    private static final Pattern CREDIT_LINE = PageLines.pattern("credit_line");
    /** A byline: "By Anna Shevchenko and John Smith". */
    private static final Pattern BYLINE = PageLines.pattern("byline");
    /** A photographer after an agency in capitals: "REUTERS/Alina Smutko", "AFP/Name Surname". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\b\\p{Lu}{2,}/(\\p{Lu}\\p{Ll}[\\p{L}'-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'-]*){0,2})");
    /** The heading of a list of links to other articles: "Read also:", "Читайте також:". */
    private static final Pattern READ_ALSO = PageLines.pattern("read_also");
    /** A donor's notice: "This publication was prepared with the financial support of …", "Матеріал підготовлено за підтримки …". */
    private static final Pattern FUNDING_NOTICE = PageLines.pattern("funding_notice");
    /** A line that is a date and a name only ("20.06.2024 | Maryna Hordiienko"), or a name alone: an author's line. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "^[\\d.,:/|•·\\s-]*\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+$");

    /**
     * Character spans [start, end) of the report that credit its makers or point elsewhere, whose names are no
     * entities of the report: credit lines, agency photo credits, an author's name on its own line, the list
     * under "Read also:", a donor's notice.
     */
    private List<TextSpan> creditSpans(String text) {
        List<TextSpan> out = new ArrayList<>();
        boolean inList = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end).strip();
            int lead = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
            if (line.isEmpty()) {
                inList = false;
            } else if (inList || CREDIT_LINE.matcher(line).find() && line.split("\\s+").length <= 40 || BYLINE.matcher(line).matches()
                    || NAME_LINE.matcher(line).matches() && givenNames.contains(line.replaceAll("^[^\\p{L}]+", "").split(" ")[0])) {
                out.add(new TextSpan(start, end));
            } else if (READ_ALSO.matcher(line).matches()) {
                inList = true;
            } else {
                Matcher m = AGENCY_CREDIT.matcher(line);
                while (m.find()) out.add(new TextSpan(lead + m.start(1), lead + m.end(1)));
                Matcher f = FUNDING_NOTICE.matcher(line);
                if (f.find()) out.add(new TextSpan(lead + f.start(), end));
            }
            start = end + 1;
        }
        return out;
    }

}

package org.totmon.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * The one JSON reader for reports, whether they come from a file ({@code totmon ingest}) or a request
 * ({@code POST /api/reports}): a key given twice and anything after the value are errors, not silently resolved.
 */
public final class StrictJson {
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\s*\\((start marker at )?\\[Source:.*$");

    private StrictJson() {}

    /**
     * What is wrong with the JSON, in one line for a person: Jackson's message without the source it names (the
     * caller names the file or request and line) or the classes and settings it mentions.
     */
    public static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        if (message.startsWith("Trailing token")) return "more after the JSON object (one report a line)";
        return SOURCE_REFERENCE.matcher(message).replaceFirst("");
    }

    /** A strict reader whose strings may be at most {@code maxStringBytes} long. */
    public static ObjectMapper mapper(long maxStringBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringBytes)).build())
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}

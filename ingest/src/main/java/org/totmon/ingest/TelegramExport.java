package org.totmon.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.totmon.model.PublicationDate;
import org.totmon.model.Report;

/**
 * A Telegram Desktop export of one channel or chat ({@code result.json}: {@code name}, {@code type}, {@code id},
 * then {@code messages}), read with Jackson's streaming parser one message at a time, so an export of any length
 * takes the memory of one message. Each message with text is a report: id {@code tg-<chat id>-<message id>},
 * outlet the chat's name, URL its {@code t.me} link when the chat is public, published the day of
 * {@code date_unixtime} in Kyiv time. Service messages (joins, pins, title changes) and messages without text
 * (a photo alone) are passed over. A forwarded post keeps whom it was forwarded from; when the original is stored
 * too, linking marks the forward as its near-duplicate (same text), so it is not counted as an independent source.
 */
final class TelegramExport {
    /** The day a post was published is the day in Ukraine, whatever zone the export was made in. */
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Set<String> PUBLIC_TYPES = Set.of("public_channel", "public_supergroup");

    private final InputFile file;
    private final ReportReader.Listener listener;
    private final ObjectReader messages;
    private String name;
    private String type;
    private String chatId;
    private String username;
    private long offset;

    /** {@code json}: the reader's mapper, with its limits; each message is read as one value of the stream. */
    TelegramExport(InputFile file, ReportReader.Listener listener, ObjectMapper json) {
        this.file = file;
        this.listener = listener;
        this.messages = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void read() throws IOException {
        try (InputStream in = Files.newInputStream(file.path()); JsonParser p = messages.createParser(in)) {
            try {
                readExport(p);
            } catch (JsonProcessingException e) {
                listener.rejected(new Rejection(file.path(), 0, "broken JSON" + at(e.getLocation()) + ": "
                        + StrictJson.describe(e) + " (the messages before it are read)"));
            } catch (BadInputException e) {
                listener.rejected(new Rejection(file.path(), 0, e.getMessage() + at(p.currentLocation())));
            }
            advance(p);
            listener.advanced(Math.max(0, file.size() - offset));
        }
    }

    private void readExport(JsonParser p) throws IOException, BadInputException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw new BadInputException("not a Telegram export: no JSON object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
                case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "id" -> chatId = value.isScalarValue() ? p.getText() : null;
                case "username" -> username = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
                case "messages" -> messages(p);
                default -> p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) throw new BadInputException("broken JSON: expected a field name");
    }

    private void messages(JsonParser p) throws IOException, BadInputException {
        if (chatId == null) throw new BadInputException("not a Telegram export of one chat: no \"id\" before \"messages\"");
        if (p.currentToken() != JsonToken.START_ARRAY) throw new BadInputException("\"messages\" is not an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) throw new BadInputException("truncated: the file ends inside \"messages\"");
            JsonNode m = messages.readValue(p);
            advance(p);
            message(m);
        }
    }

    private void advance(JsonParser p) {
        long now = p.currentLocation().getByteOffset();
        if (now > offset) {
            listener.advanced(now - offset);
            offset = now;
        }
    }

    private void message(JsonNode m) {
        JsonNode idNode = m == null ? null : m.get("id");
        if (idNode == null || !idNode.canConvertToLong()) {
            listener.rejected(new Rejection(file.path(), 0, "a message without a numeric \"id\", near byte " + offset));
            return;
        }
        String place = "message " + idNode.asText();
        try {
            if (!"message".equals(m.path("type").asText("message"))) return; // service messages
            String text = text(m.get("text"));
            if (text.isBlank()) return;
            text = ReportReader.cleanText(text, "field \"text\"");
            String id = "tg-" + chatId + "-" + idNode.asText();
            Report report = new Report(id, url(idNode.asText()), name, null, published(m), null, text);
            String forwarded = m.path("forwarded_from").isTextual() ? m.get("forwarded_from").asText() : null;
            listener.report(new SourcedReport(report, chatId + "/" + idNode.asText(), file.path(), 0,
                    InputFormat.TELEGRAM, place, forwarded));
        } catch (BadInputException e) {
            listener.rejected(new Rejection(file.path(), 0, place + ": " + e.getMessage()));
        }
    }

    /** The post's link: {@code t.me/<username>/<id>} when the export names the username, else the link by chat id. */
    private String url(String messageId) {
        if (username != null && !username.isEmpty()) return "https://t.me/" + username + "/" + messageId;
        if (!PUBLIC_TYPES.contains(type)) return null;
        // Telegram Desktop exports give a channel's numeric id, not its username; t.me/c/ links open by that id.
        return "https://t.me/c/" + chatId + "/" + messageId;
    }

    /** A string, or an array of strings and entity objects ({"type": "bold", "text": "…"}), joined. */
    private static String text(JsonNode t) throws BadInputException {
        if (t == null || t.isNull()) return "";
        if (t.isTextual()) return t.textValue();
        if (!t.isArray()) throw new BadInputException("\"text\" is neither a string nor an array");
        StringBuilder b = new StringBuilder();
        for (JsonNode part : t) {
            if (part.isTextual()) b.append(part.textValue());
            else if (part.isObject() && part.path("text").isTextual()) b.append(part.get("text").textValue());
            else throw new BadInputException("a part of \"text\" is neither a string nor an entity with \"text\"");
        }
        return b.toString();
    }

    private static String published(JsonNode m) throws BadInputException {
        JsonNode unix = m.get("date_unixtime");
        if (unix != null && !unix.isNull()) {
            try {
                long seconds = Long.parseLong(unix.asText().strip());
                return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), KYIV).toString();
            } catch (RuntimeException e) {
                throw new BadInputException("\"date_unixtime\" is not a number of seconds: " + unix.asText());
            }
        }
        // Older exports: "2022-03-11T09:15:00", the exporting computer's local time.
        String date = m.path("date").asText("");
        try {
            return date.isBlank() ? null : PublicationDate.parse(date).toString();
        } catch (RuntimeException e) {
            throw new BadInputException("\"date\" is not a date: " + date);
        }
    }

    private static String at(JsonLocation l) {
        return l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr() + " (byte " + l.getByteOffset() + ")";
    }
}

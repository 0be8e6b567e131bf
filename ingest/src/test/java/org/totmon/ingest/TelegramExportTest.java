package org.totmon.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totmon.model.Report;

class TelegramExportTest {
    @TempDir Path dir;

    /** A channel export in Telegram Desktop's schema: a service message, text as a string and as entities, a forward, a photo alone. */
    static final String CHANNEL = """
            {
             "name": "Zaporizhzhia Regional Military Administration",
             "type": "public_channel",
             "id": 1347856121,
             "messages": [
              {
               "id": 1,
               "type": "service",
               "date": "2022-02-24T05:00:00",
               "date_unixtime": "1645671600",
               "actor": "Zaporizhzhia Regional Military Administration",
               "actor_id": "channel1347856121",
               "action": "create_channel",
               "title": "Zaporizhzhia Regional Military Administration",
               "text": "",
               "text_entities": []
              },
              {
               "id": 17,
               "type": "message",
               "date": "2023-06-06T07:40:00",
               "date_unixtime": "1686026400",
               "from": "Zaporizhzhia Regional Military Administration",
               "from_id": "channel1347856121",
               "text": "The occupiers blew up the Kakhovka dam overnight. Residents of the left bank are told nothing.",
               "text_entities": [{"type": "plain", "text": "The occupiers blew up the Kakhovka dam overnight. Residents of the left bank are told nothing."}]
              },
              {
               "id": 18,
               "type": "message",
               "date": "2023-06-07T00:30:00",
               "date_unixtime": "1686087000",
               "edited": "2023-06-07T00:45:00",
               "edited_unixtime": "1686087900",
               "from": "Zaporizhzhia Regional Military Administration",
               "from_id": "channel1347856121",
               "text": [
                "Evacuation from ",
                {"type": "bold", "text": "Nova Kakhovka"},
                " is not allowed by the occupation authorities. Details: ",
                {"type": "text_link", "text": "statement", "href": "https://example.org/statement"},
                "."
               ],
               "text_entities": []
              },
              {
               "id": 19,
               "type": "message",
               "date": "2023-06-07T09:00:00",
               "date_unixtime": "1686117600",
               "from": "Zaporizhzhia Regional Military Administration",
               "from_id": "channel1347856121",
               "forwarded_from": "Melitopol City Council",
               "text": "Melitopol residents report checkpoints on every road out of the city.",
               "text_entities": []
              },
              {
               "id": 20,
               "type": "message",
               "date": "2023-06-08T10:00:00",
               "date_unixtime": "1686207600",
               "from": "Zaporizhzhia Regional Military Administration",
               "from_id": "channel1347856121",
               "photo": "(File not included. Change data exporting settings to download.)",
               "width": 1280,
               "height": 720,
               "text": "",
               "text_entities": []
              }
             ]
            }
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void eachMessageWithTextIsAReportOfTheChannel() throws IOException {
        Path export = write("result.json", CHANNEL);

        Collected c = Collected.read(export);

        assertEquals(List.of(), c.rejections);
        assertEquals(List.of("message 17", "message 18", "message 19"), c.reports.stream().map(SourcedReport::place).toList(),
                "the service message and the photo without text are passed over");
        SourcedReport first = c.reports.get(0);
        Report r = first.report();
        assertEquals("tg-1347856121-17", r.id());
        assertEquals("1347856121/17", first.externalId());
        assertEquals("Zaporizhzhia Regional Military Administration", r.outlet());
        assertEquals("https://t.me/c/1347856121/17", r.url());
        assertEquals("2023-06-06", r.published());
        assertEquals(InputFormat.TELEGRAM, first.format());
        assertEquals(export + ", message 17", first.origin());
        assertNull(first.forwardedFrom());

        Report second = c.reports.get(1).report();
        assertEquals("Evacuation from Nova Kakhovka is not allowed by the occupation authorities. Details: statement.", second.text());
        assertEquals("2023-06-07", second.published(), "00:30 in Kyiv is still the 6th in UTC; the day is Kyiv's");

        assertEquals("Melitopol City Council", c.reports.get(2).forwardedFrom());
        assertEquals(Files.size(export), c.bytes, "progress covers the whole file");
    }

    @Test
    void aChatHasNoPublicLinkAndAnExportWithItsUsernameLinksByName() throws IOException {
        Path chat = write("chat.json", CHANNEL.replace("\"public_channel\"", "\"private_supergroup\""));
        Path named = write("named.json", CHANNEL.replace("\"type\": \"public_channel\",", "\"type\": \"public_channel\", \"username\": \"zoda_gov_ua\","));

        Collected c = Collected.read(chat, named);

        assertNull(c.reports.get(0).report().url());
        assertEquals("https://t.me/zoda_gov_ua/17", c.reports.get(3).report().url());
    }

    @Test
    void aTruncatedExportIsRejectedWithItsPositionAfterTheMessagesBeforeIt() throws IOException {
        byte[] whole = CHANNEL.getBytes(StandardCharsets.UTF_8);
        int cut = CHANNEL.indexOf("\"forwarded_from\"");
        Path export = Files.write(dir.resolve("result.json"), Arrays.copyOf(whole, cut));

        Collected c = Collected.read(export);

        assertEquals(List.of("message 17", "message 18"), c.reports.stream().map(SourcedReport::place).toList());
        assertEquals(1, c.rejections.size());
        String reason = c.rejections.get(0).toString();
        long lastLine = CHANNEL.substring(0, cut).chars().filter(ch -> ch == '\n').count() + 1;
        assertTrue(reason.startsWith(export + ": broken JSON at line " + lastLine + ", column "), reason);
        assertTrue(reason.contains("end-of-input"), reason);
        assertFalse(reason.contains("Source"), reason);
    }

    @Test
    void aBadMessageIsRejectedByItsIdAndTheOthersAreRead() throws IOException {
        Path export = write("result.json", CHANNEL.replace("\"date_unixtime\": \"1686026400\"", "\"date_unixtime\": \"yesterday\""));

        Collected c = Collected.read(export);

        assertEquals(List.of(export + ": message 17: \"date_unixtime\" is not a number of seconds: yesterday"), c.rejectionLines());
        assertEquals(2, c.reports.size());
    }

    @Test
    void isFoundInAFolderByItsContentWhateverItsName() throws IOException {
        Files.createDirectories(dir.resolve("ChatExport_2023-06-08"));
        write("ChatExport_2023-06-08/result.json", CHANNEL);

        Collected c = Collected.read(dir);

        assertEquals(3, c.reports.size());
        assertEquals(List.of(), c.rejections);
    }
}

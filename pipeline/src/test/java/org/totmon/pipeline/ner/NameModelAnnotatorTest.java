package org.totmon.pipeline.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.totmon.model.Report;
import org.totmon.pipeline.Document;
import org.totmon.pipeline.NameCandidate;
import org.totmon.pipeline.NameCandidate.Kind;
import org.totmon.pipeline.text.SentenceTokenAnnotator;

class NameModelAnnotatorTest {
    private static final NameModelAnnotator ANNOTATOR = new NameModelAnnotator(NameModel.bundledRussian());

    private static Document annotate(String language, String text) {
        Document doc = new Document(new Report("t", null, null, null, null, language, text));
        new SentenceTokenAnnotator().annotate(doc);
        ANNOTATOR.annotate(doc);
        return doc;
    }

    private static List<String> found(Document doc, Kind kind) {
        return doc.nameCandidates().stream().filter(c -> c.kind() == kind).map(c -> doc.text().substring(c.start(), c.end())).toList();
    }

    @Test
    void findsPeopleInAnyCaseForm() {
        Document doc = annotate("ru", "Вчера Владимир Зеленский встретился с Олафом Шольцем в Берлине. "
                + "Позже журналисты спросили Владимира Зеленского о переговорах.");
        List<String> people = found(doc, Kind.PERSON);
        assertTrue(people.contains("Владимир Зеленский"), people.toString());
        assertTrue(people.contains("Олафом Шольцем"), people.toString());
        assertTrue(people.contains("Владимира Зеленского"), people.toString());
        assertTrue(found(doc, Kind.LOCATION).contains("Берлине"), doc.nameCandidates().toString());
    }

    @Test
    void findsOrganisationsAndPlaces() {
        Document doc = annotate("ru", "Министерство обороны России сообщило, что войска отошли от Херсона. "
                + "Сотрудники ФСБ задержали жителя Энергодара, сообщает РИА Новости.");
        assertEquals(List.of("Министерство обороны России", "РИА Новости"), found(doc, Kind.ORGANIZATION).stream()
                .filter(o -> !o.equals("ФСБ")).toList(), doc.nameCandidates().toString());
        assertEquals(List.of("Херсона", "Энергодара"), found(doc, Kind.LOCATION), doc.nameCandidates().toString());
    }

    @Test
    void candidatesAreTokenAlignedWithProbabilities() {
        Document doc = annotate("ru", "Министр обороны Сергей Шойгу прибыл в Херсон.");
        assertTrue(!doc.nameCandidates().isEmpty());
        for (NameCandidate c : doc.nameCandidates()) {
            assertTrue(c.probability() > 0 && c.probability() <= 1, c.toString());
            assertTrue(Character.isLetter(doc.text().charAt(c.start())) && Character.isLetter(doc.text().charAt(c.end() - 1)), c.toString());
        }
    }

    @Test
    void leavesOtherLanguagesAlone() {
        assertEquals(List.of(), annotate("uk", "Володимир Зеленський прибув до Херсона.").nameCandidates());
        assertEquals(List.of(), annotate("en", "Vladimir Putin visited Mariupol.").nameCandidates());
    }
}

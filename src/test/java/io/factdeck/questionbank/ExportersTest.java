package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportersTest {

    private static final List<Question> QUESTIONS = Fixtures.generated();

    private static final Question AWKWARD = new Question(
            "x.choice",
            QuestionKind.CHOICE,
            "Is <b>this</b> & \"that\" ]]> safe, a,b?",
            "yes, \"quoted\"",
            List.of(),
            List.of("yes, \"quoted\"", "no\ttab", "<script>"),
            List.of(),
            null,
            null,
            List.of(),
            "Line one\nline two ]]> end",
            List.of("1990s"));

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String child) {
        Element element = (Element) parent.getElementsByTagName(child).item(0);
        return ((Element) element.getElementsByTagName("text").item(0)).getTextContent();
    }

    @Test
    void moodleXmlIsWellFormedAndHasTheRightTypes() throws Exception {
        List<Question> all = new ArrayList<>(QUESTIONS);
        all.add(AWKWARD);
        String xml = MoodleXmlExporter.export(Fixtures.info(), all);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"));
        Document doc = parseXml(xml);
        assertEquals("quiz", doc.getDocumentElement().getTagName());
        NodeList nodes = doc.getDocumentElement().getElementsByTagName("question");
        assertEquals(all.size() + 1, nodes.getLength());
        Element category = (Element) nodes.item(0);
        assertEquals("category", category.getAttribute("type"));
        assertEquals("$course$/top/" + Fixtures.info().title(), text(category, "category"));

        Map<String, String> expectedType = Map.of(
                "when", "multichoice",
                "who", "multichoice",
                "which-agreement", "multichoice",
                "which-organization", "multichoice",
                "choice", "multichoice",
                "true-false", "truefalse",
                "cloze", "shortanswer",
                "order", "matching");
        for (int i = 1; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            Question q = all.get(i - 1);
            assertEquals(expectedType.get(q.kind().yamlName()), element.getAttribute("type"), q.id());
            assertEquals(q.id(), text(element, "name"));
            assertEquals(
                    q.id(), element.getElementsByTagName("idnumber").item(0).getTextContent());
            String questionText = text(element, "questiontext");
            assertEquals("<p>" + MoodleXmlExporter.escapeHtml(q.prompt()) + "</p>", questionText, q.id());
            NodeList answers = element.getElementsByTagName("answer");
            switch (element.getAttribute("type")) {
                case "multichoice" -> {
                    assertEquals(
                            "true",
                            element.getElementsByTagName("single").item(0).getTextContent());
                    assertEquals(q.options().size(), answers.getLength(), q.id());
                    int right = 0;
                    for (int a = 0; a < answers.getLength(); a++) {
                        Element answer = (Element) answers.item(a);
                        String fraction = answer.getAttribute("fraction");
                        assertTrue(fraction.equals("100") || fraction.equals("0"), q.id());
                        String shown =
                                ((Element) answer.getElementsByTagName("text").item(0)).getTextContent();
                        if (fraction.equals("100")) {
                            right++;
                            assertEquals(MoodleXmlExporter.escapeHtml(q.answer()), shown, q.id());
                        }
                    }
                    assertEquals(1, right, q.id());
                }
                case "truefalse" -> {
                    assertEquals(2, answers.getLength());
                    Element first = (Element) answers.item(0);
                    assertEquals(
                            "true", first.getElementsByTagName("text").item(0).getTextContent());
                    assertEquals(q.answer().equals(Question.TRUE) ? "100" : "0", first.getAttribute("fraction"));
                }
                case "shortanswer" -> {
                    assertEquals(1 + q.accept().size(), answers.getLength(), q.id());
                    assertEquals(
                            q.answer(),
                            ((Element) answers.item(0))
                                    .getElementsByTagName("text")
                                    .item(0)
                                    .getTextContent());
                }
                case "matching" -> {
                    NodeList subquestions = element.getElementsByTagName("subquestion");
                    assertEquals(q.items().size(), subquestions.getLength());
                    for (int s = 0; s < subquestions.getLength(); s++) {
                        Element sub = (Element) subquestions.item(s);
                        String item =
                                ((Element) sub.getElementsByTagName("text").item(0)).getTextContent();
                        String position =
                                ((Element) sub.getElementsByTagName("answer").item(0)).getTextContent();
                        int index = q.items().indexOf(item.replace("&amp;", "&"));
                        assertEquals(FactDate.ordinal(index + 1), position.trim(), q.id());
                    }
                }
                default -> throw new AssertionError(element.getAttribute("type"));
            }
            assertEquals(q.tags().size(), element.getElementsByTagName("tag").getLength(), q.id());
        }
        Element awkward = (Element) nodes.item(all.size());
        assertEquals("<p>Line one<br>line two ]]&gt; end</p>", text(awkward, "generalfeedback"));
        assertEquals("<![CDATA[a]]]]><![CDATA[>b]]>", MoodleXmlExporter.cdata("a]]>b"));
        assertEquals(
                "a]]>b",
                parseXml("<t>" + MoodleXmlExporter.cdata("a]]>b") + "</t>")
                        .getDocumentElement()
                        .getTextContent());
    }

    @Test
    void ankiFileHasExactHeadersAndOneRowPerQuestion() {
        List<Question> all = new ArrayList<>(QUESTIONS);
        all.add(AWKWARD);
        String anki = AnkiExporter.export(Fixtures.info(), all);
        List<String> lines = List.of(anki.split("\n"));
        assertEquals(
                List.of(
                        "#separator:tab",
                        "#html:true",
                        "#notetype column:1",
                        "#guid column:2",
                        "#deck:" + Fixtures.info().title(),
                        "#columns:Notetype\tGUID\tFront\tBack\tTags",
                        "#tags column:5"),
                lines.subList(0, 7));
        List<String> rows = lines.subList(7, lines.size());
        assertEquals(all.size(), rows.size());
        Map<String, String[]> byGuid = new HashMap<>();
        for (String row : rows) {
            String[] fields = row.split("\t", -1);
            assertEquals(5, fields.length, row);
            assertFalse(row.contains("\""), "quotes are escaped, so no field reads as CSV-quoted: " + row);
            byGuid.put(fields[1], fields);
        }
        String[] cloze = byGuid.get("factdeck:sample:apec-membership-1998.cloze.1");
        assertEquals("Cloze", cloze[0]);
        // the card's hint on what to type goes into Anki's own hint of the cloze
        assertEquals(
                "In {{c1::November 1998::month and year}}, Vietnam joined the Asia-Pacific Economic Cooperation forum.",
                cloze[2]);
        String[] when = byGuid.get("factdeck:sample:apec-membership-1998.when");
        assertEquals("Basic", when[0]);
        assertTrue(when[3].startsWith("<b>November 1998</b><br><br>Answer: November 1998."), when[3]);
        assertEquals("1990s membership apec when", when[4]);
        String[] awkward = byGuid.get("factdeck:sample:x.choice");
        assertEquals("Is &lt;b&gt;this&lt;/b&gt; &amp; &quot;that&quot; ]]&gt; safe, a,b?", awkward[2]);
        assertTrue(awkward[3].contains("Line one<br>line two"), awkward[3]);
    }

    @Test
    void csvFollowsRfc4180() {
        String csv = CsvExporter.export(List.of(AWKWARD, QUESTIONS.get(0)));
        assertTrue(csv.startsWith("id,kind,prompt,answer,options,accept,items,facts,explanation,tags\r\n"));
        assertTrue(csv.contains("\"Is <b>this</b> & \"\"that\"\" ]]> safe, a,b?\""), csv);
        List<List<String>> rows = parseCsv(csv);
        assertEquals(3, rows.size());
        assertEquals(CsvExporter.HEADER, rows.get(0));
        assertEquals(AWKWARD.prompt(), rows.get(1).get(2));
        assertEquals("yes, \"quoted\" | no\ttab | <script>", rows.get(1).get(4));
        assertEquals(AWKWARD.explanation(), rows.get(1).get(8));
        assertEquals(QUESTIONS.get(0).id(), rows.get(2).get(0));
        assertEquals(String.join(" | ", QUESTIONS.get(0).tags()), rows.get(2).get(9));
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote may only open a field");
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1));
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '\n', "bare LF outside quotes");
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "ends with CRLF");
        return rows;
    }
}

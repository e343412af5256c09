package dev.framelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.Framelens;
import dev.framelens.corpus.Corpus;
import dev.framelens.corpus.Document;
import dev.framelens.text.Analyzer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.Table;

class GraphExportTest {
    static final Analyzer PLAIN = Analyzer.builder().noPhrases().stopWords(List.of()).build();

    static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void matrixBecomesAValidWeightedNetworkWithEscapedLabels() throws Exception {
        Corpus c = Corpus.of(List.of(new Document("d", "", "a b c a <b&x> a b", Map.of())));
        Table m = Framelens.of(c, PLAIN).cooccurrenceMatrix(10, CooccurrenceOptions.defaults().window(2).minCount(1));
        // terms a, b, c, b&x (the tokenizer splits "<b&x>" into b and x)
        assertTrue(m.rowCount() > 0);
        org.w3c.dom.Document g = parse(GraphExport.graphml(m));
        NodeList nodes = g.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        NodeList edges = g.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        assertEquals(4, nodes.getLength());
        assertEquals(m.rowCount() / 2, edges.getLength());
        org.w3c.dom.Document x = parse(GraphExport.gexf(m));
        assertEquals(4, x.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength());
        assertEquals(m.rowCount() / 2, x.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength());
        assertEquals("&lt;a&amp;b&gt;&quot;&#39;\uFFFD", GraphExport.xml("<a&b>\"'\u0001"));
    }
}

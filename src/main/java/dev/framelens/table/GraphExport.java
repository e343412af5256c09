package dev.framelens.table;

import dev.framelens.stats.Measure;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Writes a co-occurrence matrix table ({@code term, neighbor, count, …}, see
 * {@link CooccurrenceTables#matrix}) as an undirected weighted graph for network tools:
 * GraphML (yEd, Cytoscape, igraph, NetworkX) or GEXF 1.3 (Gephi). Node label = term, node
 * attribute {@code frequency} = term_total; edge weight = count, plus the pair's npmi and g2.
 * Each unordered pair becomes one edge. All text is XML-escaped.
 */
public final class GraphExport {
    private GraphExport() {
    }

    private record Edge(String a, String b, int count, double npmi, double g2) {
    }

    private static Map<String, Integer> nodes(Table m, Map<String, Edge> edges) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (int r = 0; r < m.rowCount(); r++) {
            String t = m.stringColumn(Columns.TERM).get(r);
            String u = m.stringColumn(Columns.NEIGHBOR).get(r);
            nodes.putIfAbsent(t, m.intColumn(Columns.TERM_TOTAL).get(r));
            nodes.putIfAbsent(u, m.intColumn(Columns.NEIGHBOR_TOTAL).get(r));
            if (t.compareTo(u) < 0) {
                edges.putIfAbsent(t + "\u0000" + u, new Edge(t, u, m.intColumn(Columns.COUNT).get(r),
                        m.doubleColumn(Measure.NPMI.column()).get(r), m.doubleColumn(Measure.G2.column()).get(r)));
            }
        }
        return nodes;
    }

    /** GraphML text. */
    public static String graphml(Table matrix) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, Integer> nodes = nodes(matrix, edges);
        Map<String, Integer> index = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
                .append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
                .append("  <key id=\"frequency\" for=\"node\" attr.name=\"frequency\" attr.type=\"int\"/>\n")
                .append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n")
                .append("  <key id=\"npmi\" for=\"edge\" attr.name=\"npmi\" attr.type=\"double\"/>\n")
                .append("  <key id=\"g2\" for=\"edge\" attr.name=\"g2\" attr.type=\"double\"/>\n")
                .append("  <graph id=\"cooccurrence\" edgedefault=\"undirected\">\n");
        for (Map.Entry<String, Integer> n : nodes.entrySet()) {
            int id = index.size();
            index.put(n.getKey(), id);
            b.append("    <node id=\"n").append(id).append("\"><data key=\"label\">").append(xml(n.getKey()))
                    .append("</data><data key=\"frequency\">").append(n.getValue()).append("</data></node>\n");
        }
        int e = 0;
        for (Edge edge : edges.values()) {
            b.append("    <edge id=\"e").append(e++).append("\" source=\"n").append(index.get(edge.a()))
                    .append("\" target=\"n").append(index.get(edge.b())).append("\"><data key=\"weight\">")
                    .append(edge.count()).append("</data><data key=\"npmi\">").append(num(edge.npmi()))
                    .append("</data><data key=\"g2\">").append(num(edge.g2())).append("</data></edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    /** GEXF 1.3 text. */
    public static String gexf(Table matrix) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, Integer> nodes = nodes(matrix, edges);
        Map<String, Integer> index = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
                .append("  <meta><creator>framelens</creator><description>term co-occurrence</description></meta>\n")
                .append("  <graph defaultedgetype=\"undirected\">\n")
                .append("    <attributes class=\"node\"><attribute id=\"0\" title=\"frequency\" type=\"integer\"/></attributes>\n")
                .append("    <attributes class=\"edge\"><attribute id=\"0\" title=\"npmi\" type=\"double\"/>"
                        + "<attribute id=\"1\" title=\"g2\" type=\"double\"/></attributes>\n")
                .append("    <nodes>\n");
        for (Map.Entry<String, Integer> n : nodes.entrySet()) {
            int id = index.size();
            index.put(n.getKey(), id);
            b.append("      <node id=\"").append(id).append("\" label=\"").append(xml(n.getKey()))
                    .append("\"><attvalues><attvalue for=\"0\" value=\"").append(n.getValue())
                    .append("\"/></attvalues></node>\n");
        }
        b.append("    </nodes>\n    <edges>\n");
        int e = 0;
        for (Edge edge : edges.values()) {
            b.append("      <edge id=\"").append(e++).append("\" source=\"").append(index.get(edge.a()))
                    .append("\" target=\"").append(index.get(edge.b())).append("\" weight=\"").append(edge.count())
                    .append("\"><attvalues><attvalue for=\"0\" value=\"").append(num(edge.npmi()))
                    .append("\"/><attvalue for=\"1\" value=\"").append(num(edge.g2())).append("\"/></attvalues></edge>\n");
        }
        return b.append("    </edges>\n  </graph>\n</gexf>\n").toString();
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "0";
    }

    /**
     * XML text and attribute escaping: {@link Html#escape}, whose five character references and
     * U+FFFD for control characters are XML as well as HTML.
     */
    static String xml(String s) {
        return Html.escape(s);
    }
}

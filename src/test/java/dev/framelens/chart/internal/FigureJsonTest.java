package dev.framelens.chart.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framelens.table.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jsplot's JavaScript declarations read as Plotly data, in the forms every plotly.js from 2.x accepts. */
class FigureJsonTest {

    @Test
    void aLayoutDeclarationWithPebbleQuotingAndTrailingCommasIsRead() {
        String js = "var layout = {\n    title: 'Top &#39;terms&#39;',\n    height: 250,\n    width: 700,\n"
                + "    autosize: true,\n    margin: {\n  \"b\" : 70,\n  \"l\" : 113\n},\n"
                + "    xaxis: {\n    title: 'count',\n    titlefont: {\"size\": 12},\n    range: [\"-1.1\",\"1.1\"],\n    },\n"
                + "    yaxis2: {\n    title: '',\n    autorange: 'reversed',\n    },\n};";
        assertEquals("{\"title\":{\"text\":\"Top \\u0026#39;terms\\u0026#39;\"},\"height\":250,\"autosize\":true,"
                        + "\"margin\":{\"b\":70,\"l\":113},"
                        + "\"xaxis\":{\"title\":{\"text\":\"count\",\"font\":{\"size\":12}},\"range\":[\"-1.1\",\"1.1\"]},"
                        + "\"yaxis2\":{\"title\":{\"text\":\"\"},\"autorange\":\"reversed\"}}",
                Json.write(FigureJson.layout(js)));
    }

    @Test
    void aLayoutThatDoesNotSizeItselfKeepsItsWidth() {
        Map<String, Object> layout = FigureJson.layout("var layout = {width: 700, height: 450,};");
        assertEquals(700, layout.get("width"));
    }

    @Test
    void titleObjectsStayAndALoneTitlefontBecomesTheTitleFont() {
        assertEquals(Map.of("title", Map.of("text", "t", "x", 0.5)),
                FigureJson.withTitleObject(Map.of("title", Map.of("text", "t", "x", 0.5))));
        assertEquals(Map.of("title", Map.of("font", Map.of("size", 9))),
                FigureJson.withTitleObject(Map.of("titlefont", Map.of("size", 9))));
    }

    @Test
    void ourOwnTracesAreTakenAsTheyAreWithAColourBarTitleAsAnObject() {
        JsonTrace trace = JsonTrace.builder("heatmap")
                .put("z", new double[][] {{1, Double.NaN}})
                .put("colorbar", Map.of("title", "cosine"))
                .build();
        assertEquals("{\"type\":\"heatmap\",\"z\":[[1.0,null]],\"colorbar\":{\"title\":{\"text\":\"cosine\"}}}",
                Json.write(FigureJson.trace(trace, 0)));
    }

    @Test
    void numbersNaNAndArraysComeBackAsPlainValues() {
        Map<String, Object> t = FigureJson.object("var trace3 =\n{\nx: [1.5, NaN], y: [\"a\",\"b\"], visible: true,\n};", "t");
        assertEquals(List.of(1.5, Double.NaN), t.get("x"));
        assertEquals("{\"x\":[1.5,null],\"y\":[\"a\",\"b\"],\"visible\":true}", Json.write(t));
    }

    @Test
    void scriptThatIsNotDataIsRefusedWithWhatItWas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureJson.object("var layout = {title: Plotly.d3.format('x')};", "the layout"));
        assertTrue(e.getMessage().startsWith("cannot read the layout that tablesaw-jsplot wrote as Plotly data ("), e.getMessage());
    }
}

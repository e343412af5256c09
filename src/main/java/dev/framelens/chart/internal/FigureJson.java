package dev.framelens.chart.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A jsplot {@link Figure} as the plain data of a Plotly figure, {@code {data, layout, config}}: the
 * object that {@code Plotly.newPlot(element, figure)} draws and that the {@code
 * application/vnd.plotly.v1+json} MIME type carries (what plotly.py's {@code Figure.to_plotly_json()}
 * gives).
 *
 * <p>tablesaw-jsplot 0.44.4 writes layouts and traces as JavaScript declarations from Pebble
 * templates ({@code var layout = {title: '…', xaxis: {…},};}): object literals with unquoted keys,
 * single-quoted strings and trailing commas, around data arrays that Jackson wrote as JSON. They are
 * read here with Jackson's lenient features (unquoted names, single quotes, trailing commas, NaN),
 * which accept exactly that subset of JavaScript; our own {@link JsonTrace}s are taken as they are.
 * The result is then made to mean the same in every plotly.js from 2.x on (3.0 dropped the
 * deprecated forms):
 *
 * <ul>
 *   <li>a {@code title} that is a string (the layout's, every axis', a colour bar's) becomes
 *       {@code {text: …}}, and a {@code titlefont} beside it becomes that title's {@code font};
 *   <li>a layout with {@code autosize: true} loses its {@code width} (jsplot always writes one), so
 *       the chart takes the width of its container and, with {@code responsive: true} in the config,
 *       follows it when it changes.
 * </ul>
 *
 * <p>Values come back as {@link Map} (insertion order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null}, or the arrays of a {@link JsonTrace}: what {@code table.Json}
 * writes.
 */
public final class FigureJson {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /** {@code var name =} at the start of a jsplot declaration. */
    private static final Pattern DECLARATION = Pattern.compile("^\\s*var\\s+[A-Za-z_$][\\w$]*\\s*=\\s*");

    /** Layout keys that hold an axis: {@code xaxis}, {@code yaxis2}, … */
    private static final Pattern AXIS = Pattern.compile("[xyz]axis\\d*");

    private FigureJson() {}

    /** The figure as {@code {"data": [...], "layout": {...}, "config": {...}}}. */
    public static Map<String, Object> of(Figure figure) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> data = new ArrayList<>();
        Trace[] traces = figure.getTraces() == null ? new Trace[0] : figure.getTraces();
        for (int i = 0; i < traces.length; i++) {
            data.add(trace(traces[i], i));
        }
        out.put("data", data);
        Layout layout = figure.getLayout();
        out.put("layout", layout == null ? new LinkedHashMap<>() : layout(layout.asJavascript()));
        Config config = figure.getConfig();
        out.put("config", config == null ? new LinkedHashMap<>(Map.of("displaylogo", false))
                : object(config.asJSON(), "the config"));
        return out;
    }

    /** The attributes of trace {@code index} (its colour bar title normalised). */
    static Map<String, Object> trace(Trace trace, int index) {
        Map<String, Object> attributes = trace instanceof JsonTrace json
                ? new LinkedHashMap<>(json.attributes())
                : object(trace.asJavascript(index), "trace " + index + " (" + trace.getClass().getSimpleName() + ")");
        Object colorbar = attributes.get("colorbar");
        if (colorbar instanceof Map<?, ?> m) {
            attributes.put("colorbar", withTitleObject(m));
        }
        return attributes;
    }

    /** A layout declaration as data, titles as objects, without width when it sizes itself. */
    static Map<String, Object> layout(String javascript) {
        Map<String, Object> layout = withTitleObject(object(javascript, "the layout"));
        for (Map.Entry<String, Object> e : layout.entrySet()) {
            if (AXIS.matcher(e.getKey()).matches() && e.getValue() instanceof Map<?, ?> axis) {
                e.setValue(withTitleObject(axis));
            }
        }
        if (Boolean.TRUE.equals(layout.get("autosize"))) {
            layout.remove("width");
        }
        return layout;
    }

    /** A copy of {@code component} whose {@code title} is an object holding {@code text} (and {@code font}). */
    static Map<String, Object> withTitleObject(Map<?, ?> component) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object font = component.get("titlefont");
        for (Map.Entry<?, ?> e : component.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("titlefont")) {
                continue;
            }
            Object value = e.getValue();
            if (key.equals("title") && !(value instanceof Map)) {
                Map<String, Object> title = new LinkedHashMap<>();
                title.put("text", value == null ? "" : value.toString());
                if (font != null) {
                    title.put("font", font);
                }
                value = title;
            }
            out.put(key, value);
        }
        if (font != null && !component.containsKey("title")) {
            out.put("title", new LinkedHashMap<>(Map.of("font", font)));
        }
        return out;
    }

    /** One JavaScript object literal (optionally declared with {@code var x =} and ended with {@code ;}). */
    static Map<String, Object> object(String javascript, String what) {
        String text = javascript.strip();
        Matcher m = DECLARATION.matcher(text);
        if (m.find()) {
            text = text.substring(m.end());
        }
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = LENIENT.readValue(text, LinkedHashMap.class);
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + what + " that tablesaw-jsplot wrote as Plotly data ("
                    + e.getOriginalMessage() + "): build the trace with dev.framelens.chart's charts or jsplot's"
                    + " own builders", e);
        }
    }
}

package dev.framelens.chart.internal;

import dev.framelens.table.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A Plotly trace written as plain JSON, for the attributes tablesaw-jsplot 0.44.4 cannot express:
 * {@code error_y} (asymmetric error bars), {@code hovertemplate}/{@code hovertext}, heatmap
 * {@code colorscale}/{@code zmin}/{@code zmax}/{@code texttemplate}, per-point marker colours with
 * {@code cmid}, and numeric scatter coordinates (jsplot's {@code ScatterTrace} turns numbers into
 * strings). It implements jsplot's {@link Trace}, so it sits in a jsplot
 * {@link tech.tablesaw.plotly.components.Figure} beside jsplot's own traces.
 *
 * <p>All values are serialised by {@link Json}; strings from data must already have passed through
 * {@link PlotlyText#label}. Immutable once built.
 */
public final class JsonTrace implements Trace {

    private final Map<String, Object> attributes;

    private JsonTrace(Map<String, Object> attributes) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A builder for a trace of Plotly type {@code type} ({@code "bar"}, {@code "heatmap"}, …). */
    public static Builder builder(String type) {
        return new Builder(type);
    }

    /** The attributes in insertion order (read only). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String asJavascript(int i) {
        return "var trace" + i + " = " + Json.write(attributes) + ";";
    }

    @Override
    public String name() {
        Object name = attributes.get("name");
        return name == null ? "" : name.toString();
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return !Boolean.FALSE.equals(attributes.get("showlegend"));
    }

    @Override
    public String toString() {
        return asJavascript(0);
    }

    /** Collects attributes; {@link #put} keeps insertion order. */
    public static final class Builder {
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder(String type) {
            attributes.put("type", type);
        }

        /** Sets attribute {@code key} (a Plotly attribute name) to {@code value} (see {@link Json}). */
        public Builder put(String key, Object value) {
            attributes.put(key, value);
            return this;
        }

        /** The trace. */
        public JsonTrace build() {
            return new JsonTrace(attributes);
        }
    }
}

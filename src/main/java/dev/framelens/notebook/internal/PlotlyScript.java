package dev.framelens.notebook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads Plotly.js from the {@code org.webjars.npm:plotly.js-dist} webjar on the class path. */
public final class PlotlyScript {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";
    private static final String KNOWN_VERSION = "2.35.3";

    private PlotlyScript() {
    }

    /** The class path resource of the bundle, using the webjar's version. */
    public static String resourcePath() {
        String version = KNOWN_VERSION;
        try (InputStream in = PlotlyScript.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", KNOWN_VERSION).trim();
            }
        } catch (IOException e) {
            // fall back to the version framelens is built with
        }
        return "META-INF/resources/webjars/plotly.js-dist/" + version + "/plotly.js";
    }

    /**
     * The bundle's source.
     *
     * @throws IllegalStateException if the webjar is not on the class path
     */
    public static String load() {
        String path = resourcePath();
        try (InputStream in = PlotlyScript.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Plotly.js (" + path + ") is not on the class path: "
                        + "run the kernel from the framelens jar, which contains org.webjars.npm:plotly.js-dist");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}

package dev.framelens.notebook.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.framelens.notebook.MimeBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** Converts between jjava's {@link DisplayData} and framelens' {@link MimeBundle}. */
public final class MimeBundles {

    private static final Gson GSON = new Gson();

    private MimeBundles() {
    }

    /** The bundle of rendered data (JSON content as JSON text). */
    public static MimeBundle of(DisplayData display) {
        // DisplayData has no accessor for its MIME types; its JSON form (what Jupyter receives) has them all
        JsonObject data = GSON.toJsonTree(display).getAsJsonObject().getAsJsonObject("data");
        Map<String, String> bundle = new LinkedHashMap<>();
        if (data != null) {
            for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
                JsonElement value = entry.getValue();
                boolean text = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
                bundle.put(entry.getKey(), text && !MimeBundle.isJson(entry.getKey()) ? value.getAsString() : value.toString());
            }
        }
        return new MimeBundle(bundle);
    }

    /** The display data of a bundle (JSON types carried as JSON). */
    public static DisplayData toDisplayData(MimeBundle bundle) {
        DisplayData display = new DisplayData();
        for (Map.Entry<String, String> entry : bundle.data().entrySet()) {
            display.putData(entry.getKey(), content(entry.getKey(), entry.getValue()));
        }
        return display;
    }

    /**
     * What goes into a display message for content of a MIME type: the text, or for a JSON type
     * the parsed JSON.
     *
     * @throws IllegalArgumentException if a JSON type's content is not JSON
     */
    public static Object content(String mimeType, String text) {
        if (!MimeBundle.isJson(mimeType)) {
            return text;
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(mimeType + " content must be JSON: " + e.getMessage());
        }
    }
}

package dev.framelens.notebook.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sentence of the Javadoc of every public framelens type, method and field, for
 * Shift-Tab in the notebook. The jar carries no sources, so JShell finds no Javadoc for the
 * engine; {@link JavadocIndexer} writes {@value #RESOURCE} from the sources at build time
 * and this class reads it.
 *
 * <p>Keys name a member the way JShell's signatures do, with simple names: a type by its
 * qualified name ({@code dev.framelens.Framelens}), a method by its class's simple (nested)
 * name, its name and its parameters' erased simple type names ({@code Framelens.load(String)}),
 * a field as {@code Framelens.UNNAMED}.
 */
public final class ApiDocs {

    /** The index in the jar: one {@code key<TAB>sentence} line per documented element. */
    public static final String RESOURCE = "/META-INF/framelens/javadoc.tsv";

    /** The class whose methods the kernel's startup defines as session methods of the same name. */
    private static final String SESSION_METHODS = "Notebook";

    private static volatile Map<String, List<String>> index;

    private ApiDocs() {
    }

    /**
     * The first sentences documented for the element a JShell signature names (several when
     * classes of the same simple name in different packages have such a member), or an empty list.
     *
     * @param signature as {@code SourceCodeAnalysis.Documentation.signature()} gives it, e.g.
     *                  {@code "Framelens Framelens.load(String path)"}
     */
    public static List<String> firstSentences(String signature) {
        String key = keyOfSignature(signature);
        if (key == null) {
            return List.of();
        }
        List<String> found = index().getOrDefault(key, List.of());
        int open = key.indexOf('(');
        if (found.isEmpty() && open > 0 && key.lastIndexOf('.', open) < 0) {
            // a method of the session itself: the kernel's startup defines display(…) and render(…) as Notebook's
            found = index().getOrDefault(SESSION_METHODS + "." + key, List.of());
        }
        return found;
    }

    /** The key of a JShell signature, or null if it names no type, method or field. */
    static String keyOfSignature(String signature) {
        String text = signature.strip();
        int open = text.indexOf('(');
        if (open < 0) {
            int space = text.lastIndexOf(' ');
            return space < 0 ? text : text.substring(space + 1);
        }
        int close = text.lastIndexOf(')');
        if (close < open) {
            return null;
        }
        String head = text.substring(0, open).strip();
        String name = head.substring(head.lastIndexOf(' ') + 1);
        List<String> types = new ArrayList<>();
        for (String parameter : splitTopLevel(text.substring(open + 1, close))) {
            String declared = parameter.strip();
            int space = lastSpaceOutsideBrackets(declared);
            types.add(space < 0 ? declared : declared.substring(0, space));
        }
        return methodKey(name, types);
    }

    /** {@code Owner.name(T1,T2)} with each type erased to its simple name ({@code Map<K, V>} → {@code Map}, {@code T...} → {@code T[]}). */
    static String methodKey(String ownerDotName, List<String> parameterTypes) {
        List<String> simple = new ArrayList<>();
        for (String type : parameterTypes) {
            simple.add(erasedSimpleName(type));
        }
        return ownerDotName + "(" + String.join(",", simple) + ")";
    }

    static String erasedSimpleName(String type) {
        StringBuilder erased = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            depth += nesting(c);
            if (depth == 0 && c != '>' && !Character.isWhitespace(c)) {
                erased.append(c);
            }
        }
        String name = erased.toString().replace("...", "[]");
        int dims = name.indexOf('[');
        String base = dims < 0 ? name : name.substring(0, dims);
        return base.substring(base.lastIndexOf('.') + 1) + (dims < 0 ? "" : name.substring(dims));
    }

    /** +1 for {@code <}, -1 for {@code >}: the depth of type arguments. */
    private static int nesting(char c) {
        return c == '<' ? 1 : c == '>' ? -1 : 0;
    }

    private static List<String> splitTopLevel(String parameters) {
        List<String> parts = new ArrayList<>();
        if (parameters.isBlank()) {
            return parts;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            depth += nesting(c);
            if (c == ',' && depth == 0) {
                parts.add(parameters.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(parameters.substring(start));
        return parts;
    }

    private static int lastSpaceOutsideBrackets(String declared) {
        int depth = 0;
        for (int i = declared.length() - 1; i >= 0; i--) {
            char c = declared.charAt(i);
            depth -= nesting(c); // read backwards
            if (c == ' ' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> loaded = index;
        if (loaded == null) {
            loaded = load();
            index = loaded;
        }
        return loaded;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> entries = new HashMap<>();
        try (InputStream in = ApiDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Collections.emptyMap(); // built without the index (an IDE): signatures only
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return entries;
    }
}

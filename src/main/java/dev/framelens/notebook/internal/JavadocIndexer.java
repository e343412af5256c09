package dev.framelens.notebook.internal;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes {@link ApiDocs#RESOURCE} at build time (the {@code process-classes} phase runs it):
 * the first sentence of the Javadoc of every public type, method and field of the public
 * packages (not {@code *.internal}), read from the sources with javac's parser only (no
 * compilation, about a second). Inline tags become their text: {@code {@code x}} → {@code x},
 * {@code {@link Foo#bar}} → its label or {@code Foo.bar}; HTML tags are dropped, entities
 * decoded, white space collapsed.
 *
 * <p>Usage: {@code JavadocIndexer SOURCE_ROOT OUTPUT_FILE}.
 */
public final class JavadocIndexer {

    private JavadocIndexer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JavadocIndexer SOURCE_ROOT OUTPUT_FILE");
            System.exit(2);
        }
        Map<String, List<String>> index = index(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : index.entrySet()) {
            for (String sentence : entry.getValue()) {
                text.append(entry.getKey()).append('\t').append(sentence).append('\n');
            }
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** Key → first sentences (more than one when simple names collide), sorted by key. */
    public static Map<String, List<String>> index(Path sourceRoot) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java")
                            && !p.getFileName().toString().equals("module-info.java"))
                    .filter(p -> !sourceRoot.relativize(p).toString().replace('\\', '/').contains("/internal/"))
                    .sorted().collect(Collectors.toList());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<String, List<String>> index = new TreeMap<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree) {
                        visit(docs, new TreePath(new TreePath(unit), type), pkg, "", index);
                    }
                }
            }
        }
        return index;
    }

    private static void visit(DocTrees docs, TreePath path, String pkg, String outer, Map<String, List<String>> index) {
        ClassTree type = (ClassTree) path.getLeaf();
        boolean isInterface = type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
        if (!isPublic(type.getModifiers(), false)) {
            return;
        }
        String simple = outer.isEmpty() ? type.getSimpleName().toString() : outer + "." + type.getSimpleName();
        add(index, (pkg.isEmpty() ? "" : pkg + ".") + simple, docs.getDocCommentTree(path));
        for (Tree member : type.getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            if (member instanceof ClassTree) {
                visit(docs, memberPath, pkg, simple, index);
            } else if (member instanceof MethodTree method && isPublic(method.getModifiers(), isInterface)
                    && !method.getName().contentEquals("<init>")) {
                List<String> types = new ArrayList<>();
                for (VariableTree parameter : method.getParameters()) {
                    types.add(parameter.getType().toString());
                }
                add(index, ApiDocs.methodKey(simple + "." + method.getName(), types), docs.getDocCommentTree(memberPath));
            } else if (member instanceof VariableTree field && isPublic(field.getModifiers(), isInterface)) {
                add(index, simple + "." + field.getName(), docs.getDocCommentTree(memberPath));
            }
        }
    }

    private static boolean isPublic(ModifiersTree modifiers, boolean inInterface) {
        return modifiers.getFlags().contains(Modifier.PUBLIC)
                || (inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE));
    }

    private static void add(Map<String, List<String>> index, String key, DocCommentTree doc) {
        if (doc == null) {
            return;
        }
        String sentence = render(doc.getFirstSentence());
        if (!sentence.isEmpty()) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(sentence);
        }
    }

    /** Doc-comment trees as plain text on one line. */
    static String render(List<? extends DocTree> trees) {
        StringBuilder text = new StringBuilder();
        for (DocTree tree : trees) {
            switch (tree.getKind()) {
                case TEXT:
                    text.append(((TextTree) tree).getBody());
                    break;
                case CODE:
                case LITERAL:
                    text.append(((LiteralTree) tree).getBody().getBody());
                    break;
                case LINK:
                case LINK_PLAIN:
                    LinkTree link = (LinkTree) tree;
                    String label = render(link.getLabel());
                    text.append(label.isEmpty() ? reference(link.getReference().getSignature()) : label);
                    break;
                case VALUE:
                    ValueTree value = (ValueTree) tree;
                    text.append(value.getReference() == null ? "" : reference(value.getReference().getSignature()));
                    break;
                case ENTITY:
                    text.append(entity(((EntityTree) tree).getName().toString()));
                    break;
                case START_ELEMENT:
                case END_ELEMENT:
                    break;
                default:
                    text.append(tree.toString());
                    break;
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String reference(String signature) {
        String shown = signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
        return shown;
    }

    private static String entity(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "nbsp":
                return " ";
            default:
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                }
                if (name.startsWith("#")) {
                    return new String(Character.toChars(Integer.parseInt(name.substring(1))));
                }
                return "&" + name + ";";
        }
    }
}

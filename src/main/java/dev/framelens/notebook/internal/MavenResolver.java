package dev.framelens.notebook.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Resolves Maven coordinates with their transitive dependencies from Maven Central, the way
 * Maven resolves a project's runtime class path, with Apache Maven Resolver (its Maven 3 wiring,
 * {@code maven-resolver-supplier-mvn3}: nearest version wins, {@code test} and {@code provided}
 * dependencies and optional ones of dependencies are left out, exclusions and dependency
 * management of the POMs apply).
 *
 * <p>Downloads are cached in the local repository Maven itself uses: the {@code
 * maven.repo.local} system property if set, else {@code <localRepository>} of {@code
 * ~/.m2/settings.xml}, else {@code ~/.m2/repository}. What is already there is not downloaded
 * again.
 *
 * <p>Failures are one-line {@link MagicException}s: an unknown artifact names itself, no network
 * says that Maven Central cannot be reached.
 */
public final class MavenResolver {

    /** Maven Central. */
    public static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int REQUEST_TIMEOUT_MILLIS = 60_000;

    private final Path localRepository;
    private final String remote;

    /** A resolver for Maven Central with the local repository Maven would use. */
    public MavenResolver() {
        this(defaultLocalRepository(), CENTRAL);
    }

    /**
     * @param localRepository where artifacts are cached
     * @param remote          the remote repository's URL (a {@code file:} URL works too)
     */
    public MavenResolver(Path localRepository, String remote) {
        this.localRepository = localRepository.toAbsolutePath().normalize();
        this.remote = remote;
    }

    /** The local repository artifacts are cached in. */
    public Path localRepository() {
        return localRepository;
    }

    /**
     * The jars of the coordinates and of everything they need at run time, each once, in
     * Maven's class path order.
     *
     * @param coordinates {@code group:artifact:version} (or {@code group:artifact:extension[:classifier]:version})
     * @throws MagicException if a coordinate is malformed, an artifact does not exist or the
     *                        repository cannot be reached
     */
    public List<Path> resolve(List<String> coordinates) {
        List<Dependency> dependencies = new ArrayList<>();
        for (String coordinate : coordinates) {
            Artifact artifact;
            try {
                artifact = new DefaultArtifact(coordinate);
            } catch (IllegalArgumentException e) {
                throw new MagicException("'" + coordinate + "' is not a Maven coordinate; write group:artifact:version, "
                        + "e.g. org.apache.commons:commons-math3:3.6.1");
            }
            if (artifact.getVersion().isEmpty()) {
                throw new MagicException("'" + coordinate + "' has no version; write group:artifact:version");
            }
            dependencies.add(new Dependency(artifact, JavaScopes.RUNTIME));
        }
        RemoteRepository repository = new RemoteRepository.Builder("central", "default", remote).build();
        RepositorySystem system = new RepositorySystemSupplier().get();
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setSystemProperties(System.getProperties())
                .setConfigProperty("aether.connector.connectTimeout", CONNECT_TIMEOUT_MILLIS)
                .setConfigProperty("aether.connector.requestTimeout", REQUEST_TIMEOUT_MILLIS)
                .build()) {
            CollectRequest collect = new CollectRequest(dependencies,
                    List.of(), system.newResolutionRepositories(session, List.of(repository)));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            Set<Path> jars = new LinkedHashSet<>();
            for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                Path file = result.getArtifact().getPath();
                if (file != null) {
                    jars.add(file);
                }
            }
            return new ArrayList<>(jars);
        } catch (DependencyResolutionException e) {
            throw new MagicException(describe(e));
        } finally {
            system.shutdown();
        }
    }

    private String describe(DependencyResolutionException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                    || cause instanceof SSLException) {
                return "cannot reach " + remote + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                        + "); check the network connection or proxy";
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArtifactNotFoundException) {
                Artifact missing = ((ArtifactNotFoundException) cause).getArtifact();
                return (missing == null ? "an artifact" : coordinates(missing)) + " was not found in " + remote;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "resolution failed: " + firstLine(root.getMessage() == null ? root.toString() : root.getMessage());
    }

    private static String coordinates(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId()
                + ("jar".equals(artifact.getExtension()) ? "" : ":" + artifact.getExtension())
                + (artifact.getClassifier().isEmpty() ? "" : ":" + artifact.getClassifier())
                + ":" + artifact.getVersion();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /**
     * The local repository Maven uses: {@code -Dmaven.repo.local}, else the {@code
     * localRepository} of {@code ~/.m2/settings.xml}, else {@code ~/.m2/repository}.
     */
    public static Path defaultLocalRepository() {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2");
        String configured = settingsLocalRepository(m2.resolve("settings.xml"));
        if (configured != null) {
            return Path.of(configured.replace("${user.home}", System.getProperty("user.home")));
        }
        return m2.resolve("repository");
    }

    /** {@code <settings><localRepository>} of a settings file, or null (no file, no element, unreadable). */
    public static String settingsLocalRepository(Path settings) {
        if (!Files.isRegularFile(settings)) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(settings.toFile()).getDocumentElement();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child && "localRepository".equals(child.getLocalName())) {
                    String text = child.getTextContent().strip();
                    return text.isEmpty() ? null : text;
                }
            }
            return null;
        } catch (IOException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            return null;
        }
    }
}

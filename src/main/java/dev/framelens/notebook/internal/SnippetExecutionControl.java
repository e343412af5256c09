package dev.framelens.notebook.internal;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs JShell snippets in the kernel's own JVM (local execution) and keeps each snippet's
 * result object, so that the kernel can render a Tablesaw {@code Table} or a jsplot
 * {@code Figure} rather than JShell's string form of it.
 *
 * <p>Each snippet runs in a fresh thread so that {@link #stop()} can end it: the thread is
 * interrupted first and, if it is still running after {@value #GRACE_MILLIS} ms (a loop such as
 * {@code while (true) {}} never looks at the interrupt flag), stopped with
 * {@link Thread#stop()}, which is what JDK 17's own {@code LocalExecutionControl} does. JDKs
 * from 20 on no longer support {@code Thread.stop}; there only code that reacts to interrupts
 * can be stopped.
 *
 * <p>Snippet classes are loaded with their {@code System.exit} calls redirected, and snippets run
 * in {@link ExitGuard#CELLS}, so that a cell cannot end the kernel (see {@link ExitGuard}).
 *
 * <p>{@link #invoke(Method)} returns a key instead of the value's string; the kernel turns the
 * key back into the object with {@link #takeValue(String)}.
 */
public final class SnippetExecutionControl extends DirectExecutionControl {

    /** How long an interrupted snippet may take to finish before it is stopped by force. */
    static final long GRACE_MILLIS = 300;

    private static final Logger LOG = LoggerFactory.getLogger("framelens.execution");
    private static final Object NULL = new Object();
    private static final String KEY_PREFIX = "framelens-value-";
    /** JShell's wrapper class names: the snippet key's index, then a letter for each replacement. */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$(\\d+)[A-Z]*");

    private final SnippetLoader loader;
    private final BooleanSupplier cancelled;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private final AtomicBoolean stoppedSinceLastCheck = new AtomicBoolean();
    private final Object runLock = new Object();
    private Thread running;
    private boolean stopRequested;

    private SnippetExecutionControl(SnippetLoader loader, BooleanSupplier cancelled) {
        super(loader);
        this.loader = loader;
        this.cancelled = cancelled;
    }

    /**
     * A provider for {@code JShell.builder().executionEngine(provider, Map.of())} that creates
     * one control; {@link Provider#control()} returns it once JShell has asked for it.
     */
    public static final class Provider implements ExecutionControlProvider {
        private final ClassLoader parent;
        private final BooleanSupplier cancelled;
        private volatile SnippetExecutionControl control;

        /**
         * @param parent    the class loader snippets see (the kernel's, so that they share its classes)
         * @param cancelled consulted before each snippet starts: when true the snippet is not run
         */
        public Provider(ClassLoader parent, BooleanSupplier cancelled) {
            this.parent = parent;
            this.cancelled = cancelled;
        }

        @Override
        public String name() {
            return "framelens-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            SnippetExecutionControl created = new SnippetExecutionControl(new SnippetLoader(parent), cancelled);
            control = created;
            return created;
        }

        /** The control JShell created, or {@code null} before JShell was built. */
        public SnippetExecutionControl control() {
            return control;
        }
    }

    /** The class loader that defines snippet classes and holds class path additions. */
    public ClassLoader classLoader() {
        return loader.classLoader;
    }

    /**
     * Returns and forgets the value stored under a key that {@link #invoke(Method)} returned.
     *
     * @throws IllegalStateException if there is no such key
     */
    public Object takeValue(String key) {
        Object value = values.remove(key);
        if (value == null) {
            throw new IllegalStateException("no snippet value stored under " + key);
        }
        return value == NULL ? null : value;
    }

    /** Whether a key is one this control produced (and not yet taken). */
    public boolean holdsValue(String key) {
        return key != null && values.containsKey(key);
    }

    /** Forgets all values not taken (values of declarations the kernel does not display). */
    public void clearValues() {
        values.clear();
    }

    /**
     * Gives a variable that JShell recompiled into a new wrapper class the value it had in the
     * previous one, when the field still has the same type.
     *
     * <p>JShell recompiles the snippets that depend on a changed declaration (a new star import is
     * enough). Its default remote engine redefines the wrapper classes in place through JDI, so
     * variables keep their values; a local engine cannot redefine classes, so JShell loads a
     * replacement wrapper whose static field starts at its default value. This puts the value
     * back, which is what JDI's redefinition gives: when the variable's type itself changed (its
     * class was redeclared), the value cannot be kept and stays reset, as in {@code jshell}.
     *
     * @param name the variable's name (the wrapper's static field)
     * @return false if the variable's wrapper was replaced and its value could not be carried over
     */
    public boolean carryOver(String name) {
        return loader.carryOver(name);
    }

    /** Forgets the wrapper classes replaced since the last call (see {@link #carryOver}). */
    public void clearReplacements() {
        loader.replaced.clear();
    }

    /** Whether a snippet was stopped since the last call; resets the flag. */
    public boolean consumeStopped() {
        return stoppedSinceLastCheck.getAndSet(false);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (cancelled.getAsBoolean()) {
            stoppedSinceLastCheck.set(true);
            throw new StoppedException();
        }
        Outcome outcome = new Outcome();
        Thread thread = new Thread(ExitGuard.CELLS, () -> outcome.run(doit), "framelens-snippet-" + keys.get());
        thread.setContextClassLoader(loader.classLoader);
        thread.setDaemon(true);
        synchronized (runLock) {
            running = thread;
            stopRequested = false;
        }
        boolean stopped;
        try {
            thread.start();
            joinUninterruptibly(thread);
        } finally {
            synchronized (runLock) {
                running = null;
                stopped = stopRequested;
            }
        }
        if (stopped || outcome.threadDeath) {
            stoppedSinceLastCheck.set(true);
            throw new StoppedException();
        }
        if (outcome.failure != null) {
            throw outcome.failure;
        }
        String key = KEY_PREFIX + keys.incrementAndGet();
        values.put(key, outcome.value == null ? NULL : outcome.value);
        return key;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the running snippet, if any: interrupt, then force after a grace period. */
    @Override
    public void stop() {
        Thread thread;
        synchronized (runLock) {
            thread = running;
            if (thread == null) {
                return;
            }
            stopRequested = true;
        }
        thread.interrupt();
        try {
            thread.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            forceStop(thread);
        }
    }

    @SuppressWarnings("deprecation") // Thread.stop is the only way to end code that ignores interrupts
    private static void forceStop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            LOG.warn("this JDK ({}) cannot stop a thread by force; the running cell only stops if it "
                    + "checks Thread.interrupted()", Runtime.version());
        }
    }

    /** What the snippet thread produced. Written before the thread ends, read after join. */
    private static final class Outcome {
        Object value;
        Exception failure;
        boolean threadDeath;

        void run(Method doit) {
            try {
                value = doit.invoke(null);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof ThreadDeath) {
                    threadDeath = true;
                } else {
                    failure = e;
                }
            } catch (ThreadDeath e) {
                threadDeath = true;
            } catch (Exception e) {
                failure = e;
            } catch (Throwable t) {
                failure = new InvocationTargetException(t);
            }
        }
    }

    /** Defines snippet classes from JShell's bytecode and resolves everything else through the kernel. */
    static final class SnippetLoader implements LoaderDelegate {
        private final SnippetClassLoader classLoader;
        private final Map<String, Class<?>> classes = new HashMap<>();
        /** Wrapper classes by snippet key ({@code REPL.$JShell$12} and its replacements {@code 12B}, {@code 12C}…). */
        private final Map<String, Class<?>> latestWrapper = new HashMap<>();
        /** Replacement wrapper → the wrapper it replaced, since the last {@link #clearReplacements()}. */
        final Map<Class<?>, Class<?>> replaced = new ConcurrentHashMap<>();

        SnippetLoader(ClassLoader parent) {
            this.classLoader = new SnippetClassLoader(parent);
        }

        @Override
        public synchronized void load(ClassBytecodes[] bytecodes) throws ClassInstallException {
            boolean[] installed = new boolean[bytecodes.length];
            try {
                for (ClassBytecodes cbc : bytecodes) {
                    classLoader.declare(cbc.name(), cbc.bytecodes());
                }
                for (int i = 0; i < bytecodes.length; i++) {
                    Class<?> type = classLoader.loadClass(bytecodes[i].name());
                    classes.put(bytecodes[i].name(), type);
                    Matcher wrapper = WRAPPER.matcher(bytecodes[i].name());
                    if (wrapper.matches()) {
                        Class<?> previous = latestWrapper.put(wrapper.group(1), type);
                        if (previous != null) {
                            replaced.put(type, previous);
                        }
                    }
                    installed[i] = true;
                    type.getDeclaredMethods(); // link now, so that errors surface here
                }
            } catch (Throwable t) {
                throw new ClassInstallException("load: " + t, installed);
            }
        }

        synchronized boolean carryOver(String name) {
            for (Map.Entry<Class<?>, Class<?>> replacement : replaced.entrySet()) {
                Field now = staticField(replacement.getKey(), name);
                Field before = staticField(replacement.getValue(), name);
                if (now == null || before == null) {
                    continue;
                }
                if (!now.getType().equals(before.getType()) || Modifier.isFinal(now.getModifiers())) {
                    return false;
                }
                try {
                    now.set(null, before.get(null));
                    return true;
                } catch (IllegalAccessException | RuntimeException e) {
                    return false;
                }
            }
            return true; // not reloaded: the value is where it was
        }

        private static Field staticField(Class<?> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                if (!Modifier.isStatic(field.getModifiers())) {
                    return null;
                }
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        @Override
        public synchronized void classesRedefined(ClassBytecodes[] bytecodes) {
            for (ClassBytecodes cbc : bytecodes) {
                classLoader.declare(cbc.name(), cbc.bytecodes());
            }
        }

        @Override
        public void addToClasspath(String path) throws InternalException {
            for (String entry : path.split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                try {
                    classLoader.add(Path.of(entry).toAbsolutePath().toUri().toURL());
                } catch (MalformedURLException | RuntimeException e) {
                    throw new InternalException("cannot add " + entry + " to the class path: " + e.getMessage());
                }
            }
        }

        @Override
        public synchronized Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> type = classes.get(name);
            if (type == null) {
                throw new ClassNotFoundException(name + " was not loaded by JShell");
            }
            return type;
        }
    }

    private static final class SnippetClassLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

        SnippetClassLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        /** Takes a snippet class's bytecode, its exit calls redirected to {@link ExitGuard}. */
        void declare(String name, byte[] bytes) {
            declared.put(name, ExitGuard.rewrite(bytes));
        }

        void add(URL url) {
            addURL(url);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = declared.get(name);
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}

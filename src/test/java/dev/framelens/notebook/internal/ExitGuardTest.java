package dev.framelens.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The two layers that keep System.exit in a cell from ending the kernel. */
class ExitGuardTest {

    /** Code as a cell would write it. */
    public static final class Quits {
        public static void direct() {
            System.exit(1);
        }

        public static void halts() {
            Runtime.getRuntime().halt(2);
        }

        public static int harmless() {
            return Math.max(1, 2);
        }
    }

    private static byte[] bytes(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Defines the rewritten Quits in a loader of its own, as the snippet loader does. */
    private static Class<?> rewrittenQuits() throws Exception {
        byte[] original = bytes(Quits.class);
        byte[] rewritten = ExitGuard.rewrite(original);
        assertNotSame(original, rewritten);
        ClassLoader loader = new ClassLoader(ExitGuardTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(Quits.class.getName())) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : defineClass(name, rewritten, 0, rewritten.length);
                    }
                }
                return super.loadClass(name, resolve);
            }
        };
        return loader.loadClass(Quits.class.getName());
    }

    private static Throwable thrownBy(Method m) {
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(null));
        return e.getCause();
    }

    @Test
    void exitCallsInTheBytecodeThrowInstead() throws Exception {
        Class<?> quits = rewrittenQuits();
        Throwable direct = thrownBy(quits.getMethod("direct"));
        assertEquals(ExitGuard.Refused.class, direct.getClass());
        assertEquals("System.exit(1) was called; the kernel keeps running \u2014 restart the kernel to reset it", direct.getMessage());
        assertEquals("Runtime.halt(2) was called; the kernel keeps running \u2014 restart the kernel to reset it",
                thrownBy(quits.getMethod("halts")).getMessage());
        assertEquals(2, quits.getMethod("harmless").invoke(null));
    }

    @Test
    void aClassWithoutExitCallsIsLeftAsItIs() throws Exception {
        byte[] string = bytes(String.class);
        assertSame(string, ExitGuard.rewrite(string));
        byte[] notAClass = "not a class".getBytes(StandardCharsets.US_ASCII);
        assertSame(notAClass, ExitGuard.rewrite(notAClass));
    }

    @Test
    void onlyTheThreeExitMethodsAreRedirected() {
        assertTrue(ExitGuard.target(org.objectweb.asm.Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V").isPresent());
        assertFalse(ExitGuard.target(org.objectweb.asm.Opcodes.H_INVOKESTATIC, "java/lang/System", "gc", "()V").isPresent());
        assertFalse(ExitGuard.target(org.objectweb.asm.Opcodes.H_INVOKESTATIC, "my/System", "exit", "(I)V").isPresent());
        assertFalse(ExitGuard.target(org.objectweb.asm.Opcodes.H_INVOKEVIRTUAL, "java/lang/Runtime", "exec",
                "(Ljava/lang/String;)Ljava/lang/Process;").isPresent());
        assertEquals("(Ljava/lang/Runtime;I)V",
                ExitGuard.target(org.objectweb.asm.Opcodes.H_INVOKEVIRTUAL, "java/lang/Runtime", "halt", "(I)V").orElseThrow().getDesc());
    }

    /**
     * Run in a child JVM by {@link #theSecurityManagerRefusesExitsFromCellThreadsOnly}: installs the
     * guard, exits by reflection (which no bytecode rewrite sees) from a cell thread, then exits with 3.
     */
    public static void main(String[] args) throws Exception {
        System.out.println("installed " + ExitGuard.install());
        String[] seen = {"nothing"};
        Thread cell = new Thread(ExitGuard.CELLS, () -> {
            try {
                System.class.getMethod("exit", int.class).invoke(null, 9);
                seen[0] = "returned";
            } catch (InvocationTargetException e) {
                seen[0] = e.getCause().getMessage();
            } catch (ReflectiveOperationException e) {
                seen[0] = e.toString();
            }
        });
        cell.start();
        cell.join();
        System.out.println("cell thread: " + seen[0]);
        System.out.flush();
        System.exit(3);
    }

    @Test
    void theSecurityManagerRefusesExitsFromCellThreadsOnly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ExitGuardTest.class.getName())
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (Runtime.version().feature() <= 17) {
            assertEquals("installed true\ncell thread: System.exit(9) was called; the kernel keeps running \u2014 restart"
                    + " the kernel to reset it\n", out);
            assertEquals(3, child.exitValue(), "the main thread may end the JVM");
            assertTrue(err.lines().allMatch(l -> l.startsWith("WARNING: ")) && err.contains("System::setSecurityManager"),
                    "only the JDK's deprecation warning: " + err);
        } else {
            // 18-23 without -Djava.security.manager=allow, and 24 on: no SecurityManager, so the exit goes through
            assertEquals("installed false\n", out);
            assertEquals(9, child.exitValue());
        }
    }
}

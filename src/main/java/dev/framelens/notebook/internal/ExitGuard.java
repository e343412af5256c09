package dev.framelens.notebook.internal;

import java.security.Permission;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a cell from ending the kernel: the kernel evaluates cells in its own JVM, where {@code
 * System.exit(0)} would end the kernel with no reply. Two layers:
 *
 * <ol>
 *   <li><b>The cell's own code</b>, on every JDK: {@link #rewrite} changes the bytecode JShell
 *       compiled for a snippet so that its calls of {@code System.exit(int)}, {@code
 *       Runtime.exit(int)} and {@code Runtime.halt(int)} (as calls and as method references) call
 *       {@link #exit(int)}, {@link #exit(Runtime, int)} and {@link #halt(Runtime, int)} here instead,
 *       which throw {@link Refused}. The cell fails with that message; the kernel keeps running.
 *   <li><b>Everything a cell's threads run</b> (library code such as a {@code main} method, reflection):
 *       where the JDK still lets a program install a {@code SecurityManager} at run time — Java 17
 *       by default, 18 to 23 when started with {@code -Djava.security.manager=allow} — {@link
 *       #install()} installs one that allows everything except an exit from a thread of {@link
 *       #CELLS} (the threads cells run in and the threads they start). From Java 24 on no
 *       SecurityManager can be installed, and only the first layer works: an exit inside library
 *       code ends the kernel there, and Jupyter offers to restart it.
 * </ol>
 *
 * <p>The kernel's own exit (a shutdown request) runs on kernel threads and is never refused.
 */
public final class ExitGuard {

    /** The thread group of cell threads; threads a cell starts belong to it as well. */
    public static final ThreadGroup CELLS = new ThreadGroup("framelens-cells");

    private static final Logger LOG = LoggerFactory.getLogger("framelens.exit");
    private static final String SELF = ExitGuard.class.getName().replace('.', '/');
    private static volatile boolean installed;

    private ExitGuard() {}

    /** What a cell gets instead of the JVM's end. */
    public static final class Refused extends SecurityException {
        private static final long serialVersionUID = 1L;

        Refused(String call) {
            super(message(call));
        }
    }

    /** {@code "System.exit(0) was called; the kernel keeps running — restart the kernel to reset it"}. */
    static String message(String call) {
        return call + " was called; the kernel keeps running \u2014 restart the kernel to reset it";
    }

    /** Stands for {@code System.exit(status)} in cell code. */
    public static void exit(int status) {
        throw new Refused("System.exit(" + status + ")");
    }

    /** Stands for {@code runtime.exit(status)} in cell code. */
    public static void exit(Runtime runtime, int status) {
        throw new Refused("Runtime.exit(" + status + ")");
    }

    /** Stands for {@code runtime.halt(status)} in cell code. */
    public static void halt(Runtime runtime, int status) {
        throw new Refused("Runtime.halt(" + status + ")");
    }

    // ------------------------------------------------------------------------- layer 1: bytecode

    /**
     * The class file with its exit calls redirected here, or the same array when it has none (or
     * when this ASM cannot read the class file version; the class then runs unchanged).
     */
    public static byte[] rewrite(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException newerThanAsm) {
            LOG.warn("cannot read a snippet class of this JDK ({}); System.exit in it is not caught", Runtime.version());
            return classFile;
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        try {
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new Redirect(super.visitMethod(access, name, descriptor, signature, exceptions), changed);
                }
            }, 0);
        } catch (IllegalArgumentException | UnsupportedOperationException newerThanAsm) {
            LOG.warn("cannot rewrite a snippet class of this JDK ({}): {}", Runtime.version(), newerThanAsm.toString());
            return classFile;
        }
        return changed[0] ? writer.toByteArray() : classFile;
    }

    /** Replaces the three calls (same stack effect, so no frame changes) and their method handles. */
    private static final class Redirect extends MethodVisitor {
        private final boolean[] changed;

        Redirect(MethodVisitor next, boolean[] changed) {
            super(Opcodes.ASM9, next);
            this.changed = changed;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            Optional<Handle> target = target(opcode == Opcodes.INVOKESTATIC ? Opcodes.H_INVOKESTATIC
                    : opcode == Opcodes.INVOKEVIRTUAL ? Opcodes.H_INVOKEVIRTUAL : -1, owner, name, descriptor);
            if (target.isPresent()) {
                changed[0] = true;
                super.visitMethodInsn(Opcodes.INVOKESTATIC, SELF, target.get().getName(), target.get().getDesc(), false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] args = arguments.clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = handle(args[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, args);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(handle(value));
        }

        private Object handle(Object value) {
            if (value instanceof Handle h) {
                Optional<Handle> target = target(h.getTag(), h.getOwner(), h.getName(), h.getDesc());
                if (target.isPresent()) {
                    changed[0] = true;
                    return target.get();
                }
            }
            return value;
        }
    }

    /** The static method here that stands for an exit call, if {@code owner.name descriptor} is one. */
    static Optional<Handle> target(int kind, String owner, String name, String descriptor) {
        if (!descriptor.equals("(I)V")) {
            return Optional.empty();
        }
        if (kind == Opcodes.H_INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")) {
            return Optional.of(new Handle(Opcodes.H_INVOKESTATIC, SELF, "exit", "(I)V", false));
        }
        if (kind == Opcodes.H_INVOKEVIRTUAL && owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt"))) {
            return Optional.of(new Handle(Opcodes.H_INVOKESTATIC, SELF, name, "(Ljava/lang/Runtime;I)V", false));
        }
        return Optional.empty();
    }

    // -------------------------------------------------------------------- layer 2: SecurityManager

    /**
     * Installs the SecurityManager of the second layer if this JDK allows it. Call once, early, in
     * a JVM that only runs the kernel: it touches the common fork-join pool first so that its
     * threads stay ordinary ones. Java 17 prints a four-line warning on stderr (the kernel's log)
     * that {@code System::setSecurityManager} will be removed in a future release.
     *
     * @return whether exits from cell threads are now refused in library code too
     */
    @SuppressWarnings("removal") // the only run-time hook on Runtime.exit that Java 17 has; see the class comment
    public static synchronized boolean install() {
        if (installed) {
            return true;
        }
        if (System.getSecurityManager() != null) {
            LOG.info("a SecurityManager is installed already; System.exit is caught in cell code only");
            return false;
        }
        java.util.concurrent.ForkJoinPool.commonPool();
        try {
            System.setSecurityManager(new CellExitManager());
            installed = true;
        } catch (UnsupportedOperationException | SecurityException notOnThisJdk) {
            LOG.info("this JDK ({}) cannot install a SecurityManager; System.exit is caught in cell code only",
                    Runtime.version());
        }
        return installed;
    }

    /** Allows everything, except that a thread of {@link #CELLS} may not end the JVM. */
    @SuppressWarnings("removal")
    private static final class CellExitManager extends SecurityManager {
        @Override
        public void checkPermission(Permission perm) {
            // everything is allowed: this manager is here for checkExit only
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            // as above
        }

        @Override
        public void checkExit(int status) {
            if (CELLS.parentOf(Thread.currentThread().getThreadGroup())) {
                throw new Refused(caller() + "(" + status + ")");
            }
        }

        /** Which call it was: the outermost of System.exit, Runtime.exit, Runtime.halt on the stack. */
        private static String caller() {
            return StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().equals("java.lang.System") && f.getMethodName().equals("exit")
                            || f.getClassName().equals("java.lang.Runtime")
                                    && (f.getMethodName().equals("exit") || f.getMethodName().equals("halt")))
                    .reduce((inner, outer) -> outer)
                    .map(f -> f.getClassName().substring("java.lang.".length()) + "." + f.getMethodName())
                    .orElse("System.exit"));
        }
    }
}

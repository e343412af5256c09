package dev.framelens.notebook.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGINT into a cell interrupt instead of ending the JVM. Jupyter sends SIGINT when a
 * kernel spec's {@code interrupt_mode} is {@code signal} (the default) or when a client calls
 * {@code signal_kernel}. Uses {@code sun.misc.Signal} (module {@code jdk.unsupported})
 * reflectively, so that the build has no warnings about internal API; where it is missing the
 * kernel still stops cells on {@code interrupt_request} messages.
 */
public final class SigintHandler {

    private SigintHandler() {
    }

    /**
     * Installs {@code onInterrupt} as the SIGINT handler.
     *
     * @return whether the handler is installed
     */
    public static boolean install(Runnable onInterrupt) {
        try {
            ClassLoader loader = SigintHandler.class.getClassLoader();
            Class<?> signalType = Class.forName("sun.misc.Signal", true, loader);
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler", true, loader);
            Object signal = signalType.getConstructor(String.class).newInstance("INT");
            InvocationHandler dispatch = (proxy, method, args) -> {
                switch (method.getName()) {
                    case "handle":
                        onInterrupt.run();
                        return null;
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    case "toString":
                        return "framelens SIGINT handler";
                    default:
                        return null;
                }
            };
            Object handler = Proxy.newProxyInstance(loader, new Class<?>[] {handlerType}, dispatch);
            signalType.getMethod("handle", signalType, handlerType).invoke(null, signal, handler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LoggerFactory.getLogger("framelens.kernel").warn("SIGINT will not interrupt cells: {}", e.toString());
            return false;
        }
    }
}

package dev.framelens.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens kernel}: runs the Jupyter kernel or installs its kernel spec.
 *
 * <pre>
 * framelens kernel install [--user | --prefix DIR] [--name framelens]
 * framelens kernel run CONNECTION_FILE
 * </pre>
 */
@Command(name = "kernel",
        description = "Run the framelens Jupyter kernel, or install its kernel spec.",
        footer = {"", "Examples:", "  framelens kernel install --user", "  framelens kernel install --prefix .venv",
            "  jupyter kernelspec list      # shows framelens"},
        mixinStandardHelpOptions = true,
        subcommands = {KernelCommand.Install.class, KernelCommand.Run.class})
public final class KernelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: use 'kernel install' to register the kernel with Jupyter, "
                        + "or 'kernel run CONNECTION_FILE' (what Jupyter runs)");
    }

    /** {@code kernel run CONNECTION_FILE}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the kernel on a connection file written by Jupyter (the kernel spec does this).")
    public static final class Run implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CONNECTION_FILE", description = "The connection file Jupyter wrote.")
        Path connectionFile;

        @Override
        public Integer call() {
            return KernelMain.run(connectionFile);
        }
    }

    /** {@code kernel install [--user | --prefix DIR] [--name NAME]}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Write the kernel spec, so that Jupyter offers \"" + KernelSpec.DISPLAY_NAME + "\".",
                "The spec runs this Java with this framelens class path."})
    public static final class Install implements Callable<Integer> {

        static final class Target {
            @Option(names = "--user", description = "Install for the current user (the default): "
                    + "~/.local/share/jupyter/kernels on Linux.")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR",
                    description = "Install into DIR/share/jupyter/kernels, e.g. a Python virtual environment "
                            + "whose `jupyter kernelspec list` should show the kernel.")
            Path prefix;
        }

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Target target;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = KernelSpec.DEFAULT_NAME,
                description = "Kernel name (default: ${DEFAULT-VALUE}).")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            KernelSpec kernelSpec;
            try {
                kernelSpec = KernelSpec.forThisJvm(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            Path kernels = target != null && target.prefix != null
                    ? KernelSpec.prefixKernelsDir(target.prefix)
                    : KernelSpec.userKernelsDir();
            try {
                Path dir = kernelSpec.installInto(kernels);
                spec.commandLine().getOut().println("Installed kernel spec '" + kernelSpec.name() + "' ("
                        + kernelSpec.displayName() + ") in " + dir);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("framelens kernel install: cannot write the kernel spec into "
                        + kernels + ": " + e.getMessage() + " (check the directory's permissions, or use --prefix DIR)");
                return 1;
            }
        }
    }

    /** Runs {@code kernel ...} on its own (the lead wires it into the top-level CLI). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new KernelCommand()).execute(args));
    }
}

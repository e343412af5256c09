/**
 * The framelens Jupyter kernel and how results look in a notebook.
 *
 * <p>{@link dev.framelens.notebook.KernelMain} starts the kernel on a Jupyter connection file;
 * {@link dev.framelens.notebook.KernelCommand} is the {@code framelens kernel run|install}
 * command; {@link dev.framelens.notebook.KernelSpec} writes the kernel spec.
 * {@link dev.framelens.notebook.FramelensKernel} evaluates cells with JShell in its own JVM;
 * {@link dev.framelens.notebook.TableRenderer} and {@link dev.framelens.notebook.FigureRenderer}
 * show Tablesaw tables and jsplot figures; {@link dev.framelens.notebook.Notebook} is what
 * cells call ({@code display}). The engine packages know nothing of this package.
 */
package dev.framelens.notebook;

/**
 * Kernel machinery that is not API: JShell execution ({@code SnippetExecutionControl},
 * {@code JShellSession}), authenticated sockets ({@code SecureConnection},
 * {@code MessageAuthenticator}), error text, magics parsing and logging.
 */
package dev.framelens.notebook.internal;

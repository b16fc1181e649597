package dev.meridian.sync.assistant;

/**
 * What the chat screen hears while a question runs. Calls come from the asking thread or the HTTP
 * client's thread (streamed tokens), never the FX thread: hop over with Platform.runLater.
 */
public interface AssistantListener {
    default void onToken(String text) { }

    default void onToolCall(String toolName, String argumentsJson) { }

    default void onToolResult(String toolName, String resultJson) { }

    default void onComplete(Answer answer) { }

    default void onError(Throwable error) { }

    AssistantListener NONE = new AssistantListener() { };
}

package dev.meridian.sync.assistant;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything the assistant reported, in order. */
class RecordingListener implements AssistantListener {

    final StringBuffer tokens = new StringBuffer();
    final List<String> toolCalls = new CopyOnWriteArrayList<>();
    final List<String> toolResults = new CopyOnWriteArrayList<>();
    final List<Answer> completed = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Override public void onToken(String text) { tokens.append(text); }

    @Override public void onToolCall(String toolName, String argumentsJson) { toolCalls.add(toolName + " " + argumentsJson); }

    @Override public void onToolResult(String toolName, String resultJson) { toolResults.add(resultJson); }

    @Override public void onComplete(Answer answer) { completed.add(answer); }

    @Override public void onError(Throwable error) { errors.add(error); }
}

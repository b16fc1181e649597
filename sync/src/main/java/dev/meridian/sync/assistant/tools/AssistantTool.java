package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;

/** One function the model may call. Tools read the vault; proposal tools describe a change and never write. */
public interface AssistantTool {
    ToolSpecification specification();

    /** Runs with the model's arguments; throws {@link IllegalArgumentException} with a clear message on bad arguments. */
    ToolOutcome run(JsonNode arguments);

    default String name() {
        return specification().name();
    }
}

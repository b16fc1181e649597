package dev.meridian.sync.assistant.tools;

/** A tool's compact JSON result, and the change it proposes if it is a proposal tool (else null). */
public record ToolOutcome(String json, Proposal proposal) {
    public static ToolOutcome of(String json) {
        return new ToolOutcome(json, null);
    }
}

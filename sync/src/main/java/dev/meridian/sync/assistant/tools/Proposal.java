package dev.meridian.sync.assistant.tools;

/**
 * A change the assistant suggests and the user must confirm in the app; nothing is written until then.
 *
 * @param kind what would change ("create_budget", "add_alert")
 * @param summary one line for the confirmation dialog
 * @param changeJson the exact values the app would write, as JSON
 */
public record Proposal(String kind, String summary, String changeJson) { }

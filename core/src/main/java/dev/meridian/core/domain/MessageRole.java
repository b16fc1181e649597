package dev.meridian.core.domain;

/** Who wrote a conversation message; TOOL messages carry a tool call's result. */
public enum MessageRole { SYSTEM, USER, ASSISTANT, TOOL }
